using System.Runtime.InteropServices;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Api.Import;

/// <summary>What a caller sent: the two CSV sheets, or one workbook.</summary>
public sealed record ImportFiles(ReadOnlyMemory<byte>? Elements, ReadOnlyMemory<byte>? Connections, ReadOnlyMemory<byte>? Workbook)
{
    public const string ElementsPart = "elements";
    public const string ConnectionsPart = "connections";
    public const string WorkbookPart = "workbook";

    /// <summary>The two sheets read, or the problems: a missing part, a file over the limits, a file that is not CSV or xlsx.</summary>
    public (Sheet? Elements, Sheet? Connections, IReadOnlyList<ImportProblem> Problems) Read(ImportLimits limits)
    {
        var budget = new SheetBudget(limits);
        if (Workbook is { } workbook)
        {
            if (Elements is not null || Connections is not null)
            {
                return Refuse(XlsxWorkbookReader.Workbook, "Send either one workbook or the two CSV sheets, not both.");
            }
            if (workbook.Length > limits.MaxFileBytes)
            {
                return Refuse(XlsxWorkbookReader.Workbook, TooLarge(limits));
            }
            // The bytes are read where they lie, never copied: a workbook may be as large as the limit allows.
            using var stream = MemoryMarshal.TryGetArray(workbook, out var bytes)
                ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
                : new MemoryStream(workbook.ToArray(), writable: false);
            var (elements, connections) = XlsxWorkbookReader.Read(stream, budget);
            // A workbook of formula cells has a problem in each: kept to the report's bound, as the planner's are.
            var bounded = new ImportProblems();
            bounded.AddRange([.. elements.Problems, .. connections.Problems]);
            return (elements.Sheet, connections.Sheet, bounded.ToList());
        }
        if (Elements is null || Connections is null)
        {
            var missing = Elements is null ? SpreadsheetLayout.Elements : SpreadsheetLayout.Connections;
            return Refuse(missing, $"The {missing} sheet is missing: send the parts '{ElementsPart}' and '{ConnectionsPart}' (CSV), or '{WorkbookPart}' (.xlsx).");
        }
        List<ImportProblem> problems = [];
        var sheets = new Sheet?[2];
        foreach (var (name, bytes, i) in new[] { (SpreadsheetLayout.Elements, Elements.Value, 0), (SpreadsheetLayout.Connections, Connections.Value, 1) })
        {
            if (bytes.Length > limits.MaxFileBytes)
            {
                problems.Add(new ImportProblem(name, null, null, TooLarge(limits)));
                continue;
            }
            var reading = CsvSheetReader.Read(name, bytes, budget);
            sheets[i] = reading.Sheet;
            problems.AddRange(reading.Problems);
        }
        return (sheets[0], sheets[1], problems);
    }

    private static (Sheet?, Sheet?, IReadOnlyList<ImportProblem>) Refuse(string sheet, string message) => (null, null, [new ImportProblem(sheet, null, null, message)]);

    private static string TooLarge(ImportLimits limits) => $"The file is larger than {limits.MaxFileBytes} bytes, the most one import takes ({ImportOptions.Setting(nameof(ImportOptions.MaxFileBytes))}).";
}
