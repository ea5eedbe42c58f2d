using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// The Connections sheet: each row a relationship whose From and To name nodes by ID, or by Label where no ID
/// matches. A row describes its relationship fully for the columns the sheet has, as an element row does.
/// </summary>
internal static class ConnectionRows
{
    public static void Plan(Sheet sheet, ImportContext context, RelationshipPuts puts)
    {
        var columns = Enumerable.Range(0, sheet.Header.Count)
            .Select(i => (Index: i, Column: sheet.Header[i], Property: PropertyOf(sheet.Header[i])))
            .Where(c => c.Property is not null).ToList();
        var (from, to, type, direction) = (sheet.ColumnOf(SpreadsheetLayout.From), sheet.ColumnOf(SpreadsheetLayout.To),
            sheet.ColumnOf(SpreadsheetLayout.Type), sheet.ColumnOf(SpreadsheetLayout.Direction));
        foreach (var row in sheet.Rows)
        {
            var problemsBefore = context.Problems.Count;
            var relationshipType = TypeOf(sheet, row, row.Cell(type), context.Problems);
            if (row.Cell(direction).Trim() is { Length: > 0 } given && !given.Equals(SpreadsheetLayout.Directed, StringComparison.OrdinalIgnoreCase))
            {
                context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Direction,
                    $"'{given}' is not a Direction: every relationship of the model is directed, so leave it empty or write '{SpreadsheetLayout.Directed}'.");
            }
            if (relationshipType is not { } relationshipKind)
            {
                continue;
            }
            var spec = GraphSchema.Relationships[relationshipKind];
            var fromId = End(sheet, row, SpreadsheetLayout.From, row.Cell(from), spec.From, context);
            var toId = End(sheet, row, SpreadsheetLayout.To, row.Cell(to), spec.To, context);
            if (fromId is null || toId is null)
            {
                continue;
            }
            var key = new RelationshipKey(relationshipKind, fromId, toId);
            var stored = context.StoredRelationships.GetValueOrDefault(key);
            var properties = new Dictionary<string, object?>(stored?.Properties ?? PropertyValues.Empty, StringComparer.Ordinal);
            foreach (var (index, column, property) in columns)
            {
                ReadProperty(sheet, row, column, row.Cell(index), spec.Properties.FirstOrDefault(p => p.Name == property), relationshipKind, property!, properties, context);
            }
            var sources = RowSources.Read(sheet, row, context.Problems) ?? stored?.Sources;
            if (sources is null || sources.Count == 0)
            {
                context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.SourceTitle,
                    "A new connection needs at least one source: every fact says where it comes from.");
            }
            if (context.Problems.Count > problemsBefore)
            {
                continue;
            }
            puts.Put(sheet.Name, row, null, new RelationshipRecord
            {
                Type = relationshipKind,
                FromId = fromId,
                ToId = toId,
                Properties = PropertyValues.WithoutNulls(properties),
                Sources = sources!,
            });
        }
    }

    private static void ReadProperty(
        Sheet sheet, SheetRow row, string column, string cell, PropertySpec? spec, RelationshipType type, string property,
        Dictionary<string, object?> properties, ImportContext context)
    {
        var text = cell.Trim();
        if (spec is null)
        {
            if (text.Length > 0)
            {
                context.Problems.Add(sheet.Name, row.Number, column, $"A {ConstantCase.ToText(type)} has no {column}: leave the cell empty.");
            }
            return;
        }
        if (text.Length == 0)
        {
            properties.Remove(property);
            return;
        }
        if (spec.Kind == PropertyKind.NodeId)
        {
            var (id, problem) = context.Resolve(text, [NodeLabel.Theme]);
            // An id resolves whatever its label; the model checks only that a node id is a slug, so the label is checked here.
            if (id is not null && context.Labels[id] is var label && label != NodeLabel.Theme)
            {
                (id, problem) = (null, $"'{text.Trim()}' is the id of a node of type {label}, not of a Theme.");
            }
            if (problem is not null)
            {
                context.Problems.Add(sheet.Name, row.Number, column, problem);
            }
            properties[property] = id;
            return;
        }
        properties[property] = CellText.Read(spec, text).Value;
    }

    private static string? End(Sheet sheet, SheetRow row, string column, string cell, IReadOnlyList<NodeLabel> allowed, ImportContext context)
    {
        if (cell.Trim().Length == 0)
        {
            context.Problems.Add(sheet.Name, row.Number, column, $"{column} must name a {string.Join(" or ", allowed)}.");
            return null;
        }
        var (id, problem) = context.Resolve(cell, allowed);
        if (problem is not null)
        {
            context.Problems.Add(sheet.Name, row.Number, column, problem);
        }
        return id;
    }

    private static RelationshipType? TypeOf(Sheet sheet, SheetRow row, string cell, ImportProblems problems)
    {
        if (ConstantCase.TryParse<RelationshipType>(CellText.Constant(cell), out var type) && SpreadsheetLayout.ConnectionTypes.Contains(type))
        {
            return type;
        }
        problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Type, ConstantCase.TryParse(CellText.Constant(cell), out type)
            ? $"{ConstantCase.ToText(type)} joins feedback items, which are not imported: they travel through their own lifecycle."
            : $"'{cell.Trim()}' is not a connection Type; expected one of {string.Join(", ", SpreadsheetLayout.ConnectionTypes.Select(t => ConstantCase.ToText(t)))}.");
        return null;
    }

    /// <summary>The relationship property a column holds, "description" for Description; null for the other columns.</summary>
    private static string? PropertyOf(string header)
    {
        var folded = SpreadsheetLayout.Fold(header);
        return folded == SpreadsheetLayout.Fold(SpreadsheetLayout.Description)
            ? "description"
            : SpreadsheetLayout.ConnectionProperties.FirstOrDefault(p => SpreadsheetLayout.Fold(p) == folded);
    }
}
