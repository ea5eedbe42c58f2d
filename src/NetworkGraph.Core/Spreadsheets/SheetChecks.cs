using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>What is checked of a sheet before its rows mean anything: its header, and every cell by the personal-data firewall.</summary>
internal static class SheetChecks
{
    /// <summary>True when the sheet has the columns it needs and only columns of the layout, each once.</summary>
    /// <paramref name="languageLabels"/> allows a <c>Label@&lt;lang&gt;</c> column per language too (<see cref="LabelColumns"/>).
    public static bool CheckHeader(Sheet sheet, IReadOnlyList<string> layout, IReadOnlyList<string> required, ImportProblems problems, bool languageLabels = false)
    {
        var before = problems.Count;
        foreach (var missing in required.Where(column => !sheet.Has(column)))
        {
            problems.Add(sheet.Name, 1, missing, $"The header has no {missing} column (the layout: {string.Join(", ", layout)}).");
        }
        var known = layout.Select(SpreadsheetLayout.Fold).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in sheet.Header)
        {
            var folded = SpreadsheetLayout.Fold(column);
            if (folded.Length == 0)
            {
                continue;
            }
            if (!known.Contains(folded) && !(languageLabels && LabelColumns.LangOf(column) is not null))
            {
                problems.Add(sheet.Name, 1, column, $"{column} is not a column of the layout (the layout: {string.Join(", ", layout)}).");
            }
            else if (!seen.Add(folded))
            {
                problems.Add(sheet.Name, 1, column, $"The header has {column} twice.");
            }
        }
        return problems.Count == before;
    }

    /// <summary>
    /// Every cell of the sheets through the firewall (docs/architecture.md §6): a personal identifier is a problem naming
    /// the sheet, the row, the column and the kind of identifier, never the value. What the firewall finds depends on
    /// the text alone, so each distinct text is scanned once (a source title on every row, an enumeration value, an id
    /// met again), and the distinct texts are scanned on every processor; problems keep the sheets' order.
    /// </summary>
    public static void CheckCells(IReadOnlyList<Sheet> sheets, ImportProblems problems)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var texts = new List<string>();
        foreach (var row in sheets.SelectMany(sheet => sheet.Rows))
        {
            foreach (var cell in row.Cells)
            {
                if (cell.Length > 0 && index.TryAdd(cell, texts.Count))
                {
                    texts.Add(cell);
                }
            }
        }
        var kinds = new PersonalIdentifierKind?[texts.Count];
        Parallel.For(0, texts.Count, i => kinds[i] = PersonalDataGuard.Scan("cell", texts[i])?.Kind);

        foreach (var sheet in sheets)
        {
            foreach (var column in sheet.Header)
            {
                if (PersonalDataGuard.Scan(column, column) is { } hit)
                {
                    problems.Add(sheet.Name, 1, null, Refusal(hit.Kind));
                }
            }
            foreach (var row in sheet.Rows)
            {
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    if (row.Cells[i].Length > 0 && kinds[index[row.Cells[i]]] is { } kind)
                    {
                        problems.Add(sheet.Name, row.Number, i < sheet.Header.Count ? sheet.Header[i] : $"column {i + 1}", Refusal(kind));
                    }
                }
            }
        }
    }

    private static string Refusal(PersonalIdentifierKind kind) =>
        $"This cell holds what looks like {kind.Describe()}. Personal identifiers cannot be stored: remove it and send the file again.";
}
