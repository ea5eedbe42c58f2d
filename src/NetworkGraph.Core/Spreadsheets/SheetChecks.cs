using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>What is checked of a sheet before its rows mean anything: its header, and every cell by the personal-data firewall.</summary>
internal static class SheetChecks
{
    /// <summary>True when the sheet has the columns it needs and only columns of the layout, each once.</summary>
    public static bool CheckHeader(Sheet sheet, IReadOnlyList<string> layout, IReadOnlyList<string> required, ImportProblems problems)
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
            if (!known.Contains(folded))
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
    /// Every cell through the firewall (docs/architecture.md §6): a personal identifier is a problem naming the sheet,
    /// the row, the column and the kind of identifier, never the value.
    /// </summary>
    public static void CheckCells(Sheet sheet, ImportProblems problems)
    {
        foreach (var column in sheet.Header)
        {
            if (PersonalDataGuard.Scan(column, column) is { } hit)
            {
                problems.Add(sheet.Name, 1, null, Refusal(hit));
            }
        }
        foreach (var row in sheet.Rows)
        {
            for (var i = 0; i < row.Cells.Count; i++)
            {
                if (row.Cells[i].Length > 0 && PersonalDataGuard.Scan(i < sheet.Header.Count ? sheet.Header[i] : $"column {i + 1}", row.Cells[i]) is { } hit)
                {
                    problems.Add(sheet.Name, row.Number, hit.Field, Refusal(hit));
                }
            }
        }
    }

    private static string Refusal(PersonalDataHit hit) =>
        $"This cell holds what looks like {hit.Kind.Describe()}. Personal identifiers cannot be stored: remove it and send the file again.";
}
