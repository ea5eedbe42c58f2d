using NetworkGraph.Core.Names;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// The second pass over the Elements sheet: each row's properties and sources, checked against the model, and the
/// write it needs, if any. A row describes its node fully for the columns the sheet has: an empty cell clears an
/// optional property, a column the sheet lacks leaves the property as stored, and no source cell keeps the stored sources.
/// </summary>
internal static class ElementRows
{
    public static void Plan(Sheet sheet, IReadOnlyList<ElementDraft> drafts, ImportContext context, List<(SheetRow Row, NodeRecord Node)> planned)
    {
        var columns = ElementColumns.Of(sheet);
        var labels = LabelColumns.SheetLabels.Of(sheet);
        foreach (var draft in drafts)
        {
            var problemsBefore = context.Problems.Count;
            var node = Read(sheet, columns, labels, draft, context.Problems);
            if (node is null || context.Problems.Count > problemsBefore)
            {
                continue;
            }
            foreach (var problem in GraphValidator.ValidateNode(node))
            {
                context.Problems.Add(sheet.Name, draft.Row.Number, ElementColumns.ColumnOf(problem, draft.Label), Sentence(problem));
            }
            context.Name(node.Id, node.DisplayName);
            planned.Add((draft.Row, node));
            Write(draft, node, context);
        }
    }

    private static NodeRecord? Read(
        Sheet sheet, IReadOnlyList<(int Index, string Column, string? Property)> columns, LabelColumns.SheetLabels labels, ElementDraft draft, ImportProblems problems)
    {
        var specs = GraphSchema.Nodes[draft.Label].Append(GraphSchema.Illustrative).ToDictionary(s => s.Name, StringComparer.Ordinal);
        var properties = new Dictionary<string, object?>(draft.Stored?.Properties ?? PropertyValues.Empty, StringComparer.Ordinal);
        foreach (var (index, column, property) in columns)
        {
            var cell = draft.Row.Cell(index);
            var name = property == SpreadsheetLayout.Label ? SpreadsheetLayout.LabelProperty(draft.Label) : property;
            if (name is null || !specs.TryGetValue(name, out var spec))
            {
                if (cell.Trim().Length > 0 && property is not null)
                {
                    problems.Add(sheet.Name, draft.Row.Number, column, $"A {draft.Label} has no {column}: leave the cell empty.");
                }
                continue;
            }
            if (cell.Trim().Length == 0)
            {
                properties.Remove(name);
                continue;
            }
            var (value, problem) = CellText.Read(spec, cell);
            if (problem is not null)
            {
                problems.Add(sheet.Name, draft.Row.Number, column, $"{column}: {problem}.");
            }
            properties[name] = value;
        }
        properties[LocalizedNames.Property] = LabelColumns.Read(sheet, labels, draft.Row, draft.Label, draft.Stored, problems);
        var sources = RowSources.Read(sheet, draft.Row, problems) ?? draft.Stored?.Sources;
        if (sources is null || sources.Count == 0)
        {
            problems.Add(sheet.Name, draft.Row.Number, SpreadsheetLayout.SourceTitle,
                "A new node needs at least one source: every fact says where it comes from (Source Title, and Source URL or Source Locator where known).");
            return null;
        }
        return new NodeRecord { Id = draft.Id, Label = draft.Label, Properties = PropertyValues.WithoutNulls(properties), Sources = sources };
    }

    private static void Write(ElementDraft draft, NodeRecord node, ImportContext context)
    {
        if (draft.Stored is not { } stored)
        {
            context.NodeWrites.Add(new CreateNode(node));
            context.Count(created: true, draft.Label.ToString());
        }
        else if (CellText.SameProperties(stored.Properties, node.Properties) && stored.Sources.SequenceEqual(node.Sources))
        {
            context.Unchanged++;
        }
        else
        {
            context.NodeWrites.Add(new UpdateNode(node.Id, stored.Version, node.Properties, node.Sources));
            context.Before.Add(stored);
            context.Count(created: false, draft.Label.ToString());
        }
    }

    /// <summary>The model's sentence as a planner reads it: "property 'name' is required" names the column instead.</summary>
    private static string Sentence(string problem) => char.ToUpperInvariant(problem[0]) + problem[1..] + ".";
}
