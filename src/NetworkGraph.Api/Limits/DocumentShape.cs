using GraphQLParser.AST;

namespace NetworkGraph.Api.Limits;

/// <summary>
/// The static shape of a document, measured before validation: its aliases, and the depth and size of the
/// selected operation with every fragment spread expanded. Each fragment is measured once, so a fragment
/// bomb (fragments spreading fragments many times over) costs time linear in the document, not in its
/// expansion; a circular spread counts nothing here (validation refuses it).
/// Introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>) are left out: their cost is
/// bounded by the schema, and the IDE's introspection query nests deeper than any data query needs.
/// </summary>
public sealed class DocumentShape
{
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly Dictionary<string, (int Depth, long Fields)> _measured = [];
    private readonly HashSet<string> _inProgress = [];

    private DocumentShape(GraphQLDocument document)
    {
        _fragments = [];
        foreach (var fragment in document.Definitions.OfType<GraphQLFragmentDefinition>())
        {
            _fragments.TryAdd(fragment.FragmentName.Name.StringValue, fragment);
        }
    }

    public static int CountAliases(GraphQLDocument document) => Selections(document).OfType<GraphQLField>().Count(field => field.Alias is not null);

    /// <summary>
    /// Whether two requests with this document can differ in complexity (see <see cref="ComplexityLimitRule"/>): when a
    /// page size (<c>first</c> or <c>last</c>) comes from a variable, or a directive's argument does (an
    /// <c>@include(if: $var)</c> or <c>@skip(if: $var)</c> decides whether a whole subtree counts).
    /// </summary>
    public static bool CostDependsOnVariables(GraphQLDocument document) =>
        Selections(document).Any(selection =>
            (selection is GraphQLField field && field.Arguments?.Items.Any(argument =>
                argument.Name.StringValue is "first" or "last" && argument.Value is GraphQLVariable) == true)
            || ((selection as IHasDirectivesNode)?.Directives?.Items.Any(directive =>
                directive.Arguments?.Items.Any(argument => argument.Value is GraphQLVariable) == true) == true));

    /// <summary>Whether a field of this name is selected anywhere in the document (in any operation or fragment, at any depth).</summary>
    public static bool SelectsField(GraphQLDocument document, string name) =>
        Selections(document).Any(selection => selection is GraphQLField field && field.Name.StringValue == name);

    /// <summary>Every selection (field, inline fragment, fragment spread) of every operation and fragment of the document.</summary>
    private static IEnumerable<ASTNode> Selections(GraphQLDocument document)
    {
        var pending = new Stack<GraphQLSelectionSet>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case GraphQLOperationDefinition operation:
                    pending.Push(operation.SelectionSet);
                    break;
                case GraphQLFragmentDefinition fragment:
                    pending.Push(fragment.SelectionSet);
                    break;
            }
        }
        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                yield return selection;
                switch (selection)
                {
                    case GraphQLField { SelectionSet: { } children }:
                        pending.Push(children);
                        break;
                    case GraphQLInlineFragment inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }
    }

    /// <summary>The selected operation as GraphQL.NET selects it; null when none or several match (the executer reports that).</summary>
    public static GraphQLOperationDefinition? SelectOperation(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return string.IsNullOrEmpty(operationName)
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    /// <summary>The operation's deepest field nesting and its number of fields once fragments are expanded (saturating).</summary>
    public static (int Depth, long Fields) Measure(GraphQLDocument document, GraphQLOperationDefinition operation) =>
        new DocumentShape(document).Measure(operation.SelectionSet);

    private (int Depth, long Fields) Measure(GraphQLSelectionSet selectionSet)
    {
        var depth = 0;
        long fields = 0;
        foreach (var selection in selectionSet.Selections)
        {
            var (childDepth, childFields) = selection switch
            {
                GraphQLField field when field.Name.StringValue.StartsWith("__", StringComparison.Ordinal) => (0, 0L),
                GraphQLField field => field.SelectionSet is { } children ? Nested(Measure(children)) : (1, 1),
                GraphQLInlineFragment inline => Measure(inline.SelectionSet),
                GraphQLFragmentSpread spread => Spread(spread.FragmentName.Name.StringValue),
                _ => (0, 0L),
            };
            depth = Math.Max(depth, childDepth);
            fields = SaturatingAdd(fields, childFields);
        }
        return (depth, fields);
    }

    private static (int Depth, long Fields) Nested((int Depth, long Fields) children) => (children.Depth + 1, SaturatingAdd(children.Fields, 1));

    private (int Depth, long Fields) Spread(string name)
    {
        if (_measured.TryGetValue(name, out var known))
        {
            return known;
        }
        if (!_fragments.TryGetValue(name, out var fragment) || !_inProgress.Add(name))
        {
            return (0, 0L);
        }
        var measured = Measure(fragment.SelectionSet);
        _inProgress.Remove(name);
        _measured[name] = measured;
        return measured;
    }

    private static long SaturatingAdd(long a, long b) => a > long.MaxValue - b ? long.MaxValue : a + b;
}
