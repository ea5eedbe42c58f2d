using NetworkGraph.Core.Names;

namespace NetworkGraph.Core.Schema;

/// <summary>Checks nodes and relationships against <see cref="GraphSchema"/>; returns readable problems, empty when valid.</summary>
public static class GraphValidator
{
    public static IReadOnlyList<string> ValidateNode(NodeRecord node)
    {
        var problems = new List<string>();
        if (!Slug.IsValid(node.Id))
        {
            problems.Add($"id '{node.Id}' is not a lowercase kebab-case slug of at most {Slug.MaxLength} characters");
        }
        var specs = GraphSchema.Nodes[node.Label].Append(GraphSchema.Illustrative).ToList();
        CheckProperties(node.Properties, specs, problems);
        CheckSources(node.Sources, problems);
        return problems;
    }

    /// <summary>Checks a relationship; <paramref name="labelOf"/> gives the label of an existing node, or null when no node has that id.</summary>
    public static IReadOnlyList<string> ValidateRelationship(RelationshipRecord relationship, Func<string, NodeLabel?> labelOf)
    {
        var problems = new List<string>();
        var spec = GraphSchema.Relationships[relationship.Type];
        var type = ConstantCase.ToText(relationship.Type);
        var fromLabel = CheckEnd("from", relationship.FromId, spec.From, labelOf, type, problems);
        var toLabel = CheckEnd("to", relationship.ToId, spec.To, labelOf, type, problems);
        if (spec.SameLabelAtBothEnds && fromLabel is not null && toLabel is not null && fromLabel != toLabel)
        {
            problems.Add($"{type} joins nodes of the same label, not {fromLabel} and {toLabel}");
        }
        if (relationship.FromId == relationship.ToId)
        {
            problems.Add($"{type} cannot join '{relationship.FromId}' to itself");
        }
        CheckProperties(relationship.Properties, spec.Properties, problems);
        if (Validity.ValidFrom(relationship) is { } from && Validity.ValidTo(relationship) is { } to && to <= from)
        {
            problems.Add($"property '{Validity.To}' ({Validity.ToText(to)}) must come after '{Validity.From}' ({Validity.ToText(from)}): the link holds from the one until the day before the other");
        }
        CheckSources(relationship.Sources, problems);
        return problems;
    }

    private static NodeLabel? CheckEnd(
        string end, string id, IReadOnlyList<NodeLabel> allowed, Func<string, NodeLabel?> labelOf, string type, List<string> problems)
    {
        var label = labelOf(id);
        if (label is null)
        {
            problems.Add($"'{end}' names '{id}', which is not a node");
        }
        else if (!allowed.Contains(label.Value))
        {
            problems.Add($"'{end}' of {type} must be {string.Join(" or ", allowed)}, but '{id}' is {label}");
        }
        return label;
    }

    private static void CheckProperties(IReadOnlyDictionary<string, object?> properties, IReadOnlyList<PropertySpec> specs, List<string> problems)
    {
        foreach (var name in properties.Keys.Where(name => specs.All(spec => spec.Name != name)))
        {
            problems.Add($"property '{name}' is not part of the model (allowed: {string.Join(", ", specs.Select(s => s.Name))})");
        }
        foreach (var spec in specs)
        {
            properties.TryGetValue(spec.Name, out var value);
            if (value is null)
            {
                if (spec.Required)
                {
                    problems.Add($"property '{spec.Name}' is required");
                }
                continue;
            }
            var problem = CheckValue(spec, value);
            if (problem is not null)
            {
                problems.Add($"property '{spec.Name}' {problem}");
            }
        }
    }

    private static string? CheckValue(PropertySpec spec, object value) => spec.Kind switch
    {
        PropertyKind.Boolean => value is bool ? null : "must be true or false",
        PropertyKind.EnumList => value is IReadOnlyList<string> list
            ? list.Select(item => CheckEnum(spec.EnumType!, item)).FirstOrDefault(p => p is not null)
            : "must be a list",
        PropertyKind.LocalizedNames => value is IReadOnlyList<string> names ? LocalizedNames.Problem(names) : "must be a list",
        _ when value is not string text => "must be text",
        PropertyKind.Text when string.IsNullOrWhiteSpace((string)value) => "must not be blank",
        PropertyKind.Text when ((string)value).Length > spec.MaxLength => $"is longer than {spec.MaxLength} characters",
        PropertyKind.Url => WebUrl.IsValid((string)value) ? null : "must be an absolute http(s) URL",
        PropertyKind.Date => DateOnly.TryParseExact((string)value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : "must be a date written yyyy-MM-dd",
        PropertyKind.DateTime => Instants.TryParse((string)value, out _) ? null : "must be an ISO 8601 instant with offset",
        PropertyKind.Enum => CheckEnum(spec.EnumType!, (string)value),
        PropertyKind.NodeId => Slug.IsValid((string)value) ? null : "must be a node id",
        _ => null,
    };

    private static string? CheckEnum(Type enumType, string text)
    {
        var names = ConstantCase.Names(enumType);
        return names.Contains(text) ? null : $"'{text}' is not a {enumType.Name}; expected one of {string.Join(", ", names)}";
    }

    private static void CheckSources(IReadOnlyList<SourceRef> sources, List<string> problems)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(sources[i].Title))
            {
                problems.Add($"sources[{i}] needs a title");
            }
            if (sources[i].Url is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                problems.Add($"sources[{i}].url is not an absolute URL");
            }
        }
    }
}
