namespace NetworkGraph.Core.Spreadsheets;

/// <summary>A row of the Elements sheet and the node it stands for: a stored one it matched, or a new one.</summary>
internal sealed record ElementDraft(SheetRow Row, NodeLabel Label, string Id, NodeRecord? Stored);

/// <summary>
/// The first pass over the Elements sheet: each row's type and node. A row matches a stored node by its ID, else by
/// its Label and Type (ignoring case and accents); a row that matches nothing makes a new node, whose id is its ID or
/// a slug of its Label made unique.
/// </summary>
internal static class ElementIdentity
{
    public static List<ElementDraft> Resolve(Sheet sheet, ImportContext context)
    {
        var drafts = new List<ElementDraft>();
        var claimed = new Dictionary<string, int>(StringComparer.Ordinal);
        var newByName = new Dictionary<(NodeLabel, string), int>();
        var (idColumn, labelColumn, typeColumn) = (sheet.ColumnOf(SpreadsheetLayout.Id), sheet.ColumnOf(SpreadsheetLayout.Label), sheet.ColumnOf(SpreadsheetLayout.Type));
        foreach (var row in sheet.Rows)
        {
            var label = LabelOf(sheet, row, row.Cell(typeColumn), context.Problems);
            var rowId = row.Cell(idColumn).Trim();
            var name = row.Cell(labelColumn).Trim();
            if (label is null)
            {
                continue;
            }
            var draft = Match(sheet, row, label.Value, rowId, name, context);
            if (draft is null)
            {
                continue;
            }
            if (!claimed.TryAdd(draft.Id, row.Number))
            {
                context.Problems.Add(sheet.Name, row.Number, rowId.Length > 0 ? SpreadsheetLayout.Id : SpreadsheetLayout.Label,
                    $"Row {claimed[draft.Id]} already describes this {label} ('{draft.Id}'): describe each node once.");
                continue;
            }
            if (draft.Stored is null && rowId.Length == 0 && !newByName.TryAdd((draft.Label, SearchText.Fold(name)), row.Number))
            {
                context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Label,
                    $"Row {newByName[(draft.Label, SearchText.Fold(name))]} already describes a new {label} named '{name}': describe each node once, or give each an ID.");
                continue;
            }
            if (rowId.Length > 0)
            {
                context.RowIds[rowId] = draft.Id;
            }
            context.Labels[draft.Id] = draft.Label;
            drafts.Add(draft);
        }
        return drafts;
    }

    private static ElementDraft? Match(Sheet sheet, SheetRow row, NodeLabel label, string rowId, string name, ImportContext context)
    {
        if (rowId.Length > 0 && context.Stored.TryGetValue(rowId, out var byId))
        {
            if (byId.Label == label)
            {
                return new ElementDraft(row, label, rowId, byId);
            }
            context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Id, $"'{rowId}' is a {byId.Label} in the graph, not a {label}.");
            return null;
        }
        var named = name.Length == 0 ? [] : context.Named(name, [label]).Where(context.Stored.ContainsKey).ToList();
        if (named.Count == 1)
        {
            return new ElementDraft(row, label, named[0], context.Stored[named[0]]);
        }
        if (named.Count > 1)
        {
            context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Label,
                $"{named.Count} {label} nodes are named '{name}' ({string.Join(", ", named.Order(StringComparer.Ordinal))}): give the row the ID of one.");
            return null;
        }
        if (rowId.Length > 0)
        {
            if (Slug.IsValid(rowId) && !context.Labels.ContainsKey(rowId))
            {
                return new ElementDraft(row, label, rowId, null);
            }
            context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Id, context.Labels.ContainsKey(rowId)
                ? $"'{rowId}' is already the id of a {context.Labels[rowId]}."
                : $"'{rowId}' is not an id: ids are lowercase kebab-case slugs of at most {Slug.MaxLength} characters ('bilbao-city-council').");
            return null;
        }
        if (Slug.From(name) is not { } slug)
        {
            context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Label, "A new node needs a Label made of letters or digits, or an ID.");
            return null;
        }
        return new ElementDraft(row, label, Unique(slug, context), null);
    }

    private static string Unique(string slug, ImportContext context)
    {
        if (!context.Labels.ContainsKey(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = (slug.Length + suffix.Length > Slug.MaxLength ? slug[..(Slug.MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
            if (!context.Labels.ContainsKey(candidate))
            {
                return candidate;
            }
        }
    }

    private static NodeLabel? LabelOf(Sheet sheet, SheetRow row, string type, ImportProblems problems)
    {
        var folded = SpreadsheetLayout.Fold(type);
        if (SpreadsheetLayout.ElementTypesByFoldedName.TryGetValue(folded, out var label))
        {
            return label;
        }
        problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Type, folded == SpreadsheetLayout.Fold(nameof(NodeLabel.FeedbackItem))
            ? "Feedback items are not imported: they travel through their own lifecycle (submitFeedback and the moves after it)."
            : $"'{type.Trim()}' is not a Type; expected one of {string.Join(", ", SpreadsheetLayout.ElementTypes)}.");
        return null;
    }
}
