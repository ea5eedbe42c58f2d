using System.Text;
using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Seed;
using NetworkGraph.Core.Spreadsheets;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Import;

/// <summary>Sheets written as CSV text, read as the import reads them, and the seed as the graph they land in.</summary>
internal static class ImportSheets
{
    public const string ElementsHeader = "ID,Label,Type,Description,Level,Kind,Territory,Cadence,Formality,Source Title,Source URL,Source Locator";
    public const string ConnectionsHeader = "From,To,Type,Direction,Role,Since,Source Title,Source URL,Source Locator";

    public static Sheet Csv(string sheet, string text)
    {
        var reading = CsvSheetReader.Read(sheet, Encoding.UTF8.GetBytes(text), new SheetBudget(ImportLimits.Default));
        Assert.True(reading.Problems.Count == 0, string.Join("; ", reading.Problems));
        return reading.Sheet!;
    }

    public static Sheet Elements(params string[] rows) => Csv(SpreadsheetLayout.Elements, string.Join("\n", [ElementsHeader, .. rows]));

    public static Sheet Connections(params string[] rows) => Csv(SpreadsheetLayout.Connections, string.Join("\n", [ConnectionsHeader, .. rows]));

    public static readonly Lazy<GraphSnapshot> SeedGraph = new(() =>
    {
        var seed = SeedReader.Read(
            Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "seed"), "*.json").Order(StringComparer.Ordinal)
                .Where(path => !path.EndsWith("illustrative-feedback.json", StringComparison.Ordinal))
                .Select(path => new SeedFile(Path.GetFileName(path), File.ReadAllText(path))));
        return new GraphSnapshot(1, seed.Nodes, seed.Relationships);
    });

    public static ImportPlan Plan(Sheet elements, Sheet connections) => SpreadsheetImportPlanner.Plan(elements, connections, SeedGraph.Value);

    public static string Problems(ImportPlan plan) => string.Join("\n", plan.Report.Problems);
}
