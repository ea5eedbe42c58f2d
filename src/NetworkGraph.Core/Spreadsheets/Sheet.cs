namespace NetworkGraph.Core.Spreadsheets;

/// <summary>One row as the spreadsheet shows it: its number (the header is row 1) and its cells, in the header's order.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? Cells[column] : "";
}

/// <summary>A sheet as read: its header and its rows that hold anything (blank rows are left out).</summary>
public sealed record Sheet(string Name, IReadOnlyList<string> Header, IReadOnlyList<SheetRow> Rows)
{
    // Asked for on every row, so the folded header is indexed once; the first of a repeated header wins.
    private readonly Dictionary<string, int> _columns = Index(Header);

    /// <summary>The index of a column, matched ignoring case, spaces and underscores, or -1 when the sheet has none.</summary>
    public int ColumnOf(string column) => _columns.GetValueOrDefault(SpreadsheetLayout.Fold(column), -1);

    private static Dictionary<string, int> Index(IReadOnlyList<string> header)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(SpreadsheetLayout.Fold(header[i]), i);
        }
        return columns;
    }

    public bool Has(string column) => ColumnOf(column) >= 0;
}

/// <summary>
/// Something wrong with a file, named where a planner finds it: the sheet, the row as the spreadsheet shows it
/// (the header is row 1) and the column's header; null where it does not apply.
/// </summary>
public sealed record ImportProblem(string Sheet, int? Row, string? Column, string Message);

/// <summary>A sheet read, or the problems that kept it from being read.</summary>
public sealed record SheetReading(Sheet? Sheet, IReadOnlyList<ImportProblem> Problems)
{
    public static SheetReading Failed(string sheet, int? row, string? column, string message) =>
        new(null, [new ImportProblem(sheet, row, column, message)]);
}
