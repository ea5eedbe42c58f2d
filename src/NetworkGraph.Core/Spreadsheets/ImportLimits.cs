namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// How much one import may hold. Text cells are bounded by the model (<see cref="Schema.PropertySpec.MaxLength"/>);
/// <see cref="MaxCellLength"/> is Excel's own cell limit, checked while reading so that no cell is held whole beyond it.
/// </summary>
public sealed record ImportLimits(long MaxFileBytes, int MaxRowsPerSheet, long MaxCellsPerFile)
{
    public const int MaxCellLength = 32_767;

    public static readonly ImportLimits Default = new(20 * 1024 * 1024, 200_000, 5_000_000);
}
