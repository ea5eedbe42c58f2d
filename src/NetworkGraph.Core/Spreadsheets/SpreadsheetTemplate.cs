namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// The template planners download: both sheets with their header and two example rows each, marked illustrative. The
/// examples point to the seed's Bilbao territory and reception theme, so the template imports as it is into a seeded graph.
/// The desk shows names per language: an official Basque name with its source and a Spanish translation.
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
            [Names.LocalizedNames.Property] = Names.LocalizedNames.Encode(
            [
                new("eu", "Harrera Mahaia (adibidea)", Official: true, new SourceRef("Your source for the official name: the institution's site or the official gazette", "https://www.example.org", null)),
                new("es", "Mostrador de acogida (ejemplo)", Official: false),
            ]),
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

    /// <summary>The Elements columns of the template: the layout with a Label@ column for each language of the examples.</summary>
    public static IReadOnlyList<string> ElementColumns { get; } = LabelColumns.ElementColumnsFor([_desk, _table]);

    public static IReadOnlyList<string[]> Elements { get; } =
    [
        WithTags(SpreadsheetRows.Element(_desk, territory: "bilbao", ElementColumns), "example|reception"),
        WithTags(SpreadsheetRows.Element(_table, territory: null, ElementColumns), "example"),
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

    public static string ElementsCsv() => CsvSheetWriter.ToText(ElementColumns, Elements);

    public static string ConnectionsCsv() => CsvSheetWriter.ToText(SpreadsheetLayout.ConnectionColumns, Connections);

    public static void WriteWorkbook(Stream output) => XlsxWorkbookWriter.Write(output,
    [
        (SpreadsheetLayout.Elements, ElementColumns, Elements),
        (SpreadsheetLayout.Connections, SpreadsheetLayout.ConnectionColumns, Connections),
    ]);

    private static string[] WithTags(string[] cells, string tags)
    {
        SpreadsheetRows.Set(cells, ElementColumns, SpreadsheetLayout.Tags, tags);
        return cells;
    }
}
