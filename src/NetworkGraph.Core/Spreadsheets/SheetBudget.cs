namespace NetworkGraph.Core.Spreadsheets;

/// <summary>What is left of one import's limits while its sheets are read: rows per sheet, cells per file, and each cell's length.</summary>
public sealed class SheetBudget(ImportLimits limits)
{
    private long _cells;

    public ImportLimits Limits => limits;

    /// <summary>The problem that stops reading at this row, or null when it fits.</summary>
    public SheetReading? Refuse(string sheet, int row, int rowsSoFar, IReadOnlyList<string> cells)
    {
        if (rowsSoFar >= limits.MaxRowsPerSheet)
        {
            return SheetReading.Failed(sheet, row, null, $"The sheet holds more than {limits.MaxRowsPerSheet} rows, the most one import takes.");
        }
        _cells += cells.Count;
        if (_cells > limits.MaxCellsPerFile)
        {
            return SheetReading.Failed(sheet, row, null, $"The import holds more than {limits.MaxCellsPerFile} cells, the most one import takes.");
        }
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Length > ImportLimits.MaxCellLength)
            {
                return SheetReading.Failed(sheet, row, null,
                    $"Row {row}, column {i + 1} holds more than {ImportLimits.MaxCellLength} characters, the most a spreadsheet cell holds.");
            }
        }
        return null;
    }
}
