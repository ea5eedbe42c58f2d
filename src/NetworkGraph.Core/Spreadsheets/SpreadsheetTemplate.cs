namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// The template planners download: both sheets with their header and two example rows each, marked illustrative. The
/// examples point to the seed's Bilbao territory and reception theme, so the template imports as it is into a seeded graph.
/// </summary>
public static class SpreadsheetTemplate
{
    private static readonly SourceRef[] _source = [new("Your source: a report, a decree or a web page", "https://www.example.org/report", "Section 2")];

    private static readonly NodeRecord _desk = new()
    {
        Id = "example-reception-desk",
        Label = NodeLabel.Institution,
        Properties = new Dictionary<string, object?>
        {
            ["name"] = "Example Reception Desk",
            ["kind"] = "PUBLIC_SERVICE",
            ["level"] = "MUNICIPAL",
            ["illustrative"] = true,
            ["description"] = "A made-up first-contact service: replace this row with one of yours.",
        },
        Sources = _source,
    };

    private static readonly NodeRecord _table = new()
    {
        Id = "example-coordination-table",
        Label = NodeLabel.Network,
        Properties = new Dictionary<string, object?>
        {
            ["name"] = "Example Coordination Table",
            ["kind"] = "COORDINATION_TABLE",
            ["level"] = "MUNICIPAL",
            ["cadence"] = "MONTHLY",
            ["formality"] = "INFORMAL",
            ["illustrative"] = true,
            ["description"] = "A made-up table where services meet every month.",
        },
        Sources = _source,
    };

    public static IReadOnlyList<string[]> Elements { get; } =
    [
        WithTags(SpreadsheetRows.Element(_desk, territory: "bilbao"), "example|reception"),
        WithTags(SpreadsheetRows.Element(_table, territory: null), "example"),
    ];

    public static IReadOnlyList<string[]> Connections { get; } =
    [
        SpreadsheetRows.Connection(new RelationshipRecord
        {
            Type = RelationshipType.MemberOf, FromId = _desk.Id, ToId = _table.Id,
            Properties = new Dictionary<string, object?> { ["role"] = "MEMBER", ["since"] = "2024-01-15" }, Sources = _source,
        }),
        SpreadsheetRows.Connection(new RelationshipRecord { Type = RelationshipType.Covers, FromId = _table.Id, ToId = "reception", Sources = _source }),
    ];

    public static string ElementsCsv() => CsvSheetWriter.ToText(SpreadsheetLayout.ElementColumns, Elements);

    public static string ConnectionsCsv() => CsvSheetWriter.ToText(SpreadsheetLayout.ConnectionColumns, Connections);

    public static void WriteWorkbook(Stream output) => XlsxWorkbookWriter.Write(output,
    [
        (SpreadsheetLayout.Elements, SpreadsheetLayout.ElementColumns, Elements),
        (SpreadsheetLayout.Connections, SpreadsheetLayout.ConnectionColumns, Connections),
    ]);

    private static string[] WithTags(string[] cells, string tags)
    {
        cells[SpreadsheetLayout.ElementColumns.ToList().IndexOf(SpreadsheetLayout.Tags)] = tags;
        return cells;
    }
}
