using System.ComponentModel.DataAnnotations;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Api.Import;

/// <summary>How large a spreadsheet import may be (section <c>Import</c>), checked on start.</summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest file, each CSV sheet or the workbook, in bytes.</summary>
    [Range(1_024, 1_024L * 1_024 * 1_024, ErrorMessage = "Import:MaxFileBytes must be between 1 KiB and 1 GiB.")]
    public long MaxFileBytes { get; set; } = ImportLimits.Default.MaxFileBytes;

    /// <summary>The largest request to POST /import: both CSV files and the multipart framing around them.</summary>
    [Range(2_048, 2_048L * 1_024 * 1_024, ErrorMessage = "Import:MaxRequestBytes must be between 2 KiB and 2 GiB.")]
    public long MaxRequestBytes { get; set; } = (2 * ImportLimits.Default.MaxFileBytes) + (64 * 1_024);

    [Range(1, 10_000_000, ErrorMessage = "Import:MaxRowsPerSheet must be between 1 and 10,000,000.")]
    public int MaxRowsPerSheet { get; set; } = ImportLimits.Default.MaxRowsPerSheet;

    [Range(1, 100_000_000, ErrorMessage = "Import:MaxCellsPerFile must be between 1 and 100,000,000.")]
    public long MaxCellsPerFile { get; set; } = ImportLimits.Default.MaxCellsPerFile;

    public ImportLimits Limits => new(MaxFileBytes, MaxRowsPerSheet, MaxCellsPerFile);

    public static string Setting(string name) => $"{Section}:{name}";
}
