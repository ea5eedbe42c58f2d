namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// An institution's Territory cell: the id or name of a Territory, standing for its LOCATED_IN (as the seed
/// format's "territory" key does), sourced like the institution. An empty cell leaves a stored LOCATED_IN as it is.
/// </summary>
internal static class TerritoryLinks
{
    public static void Plan(Sheet sheet, IReadOnlyList<(SheetRow Row, NodeRecord Node)> planned, ImportContext context, RelationshipPuts puts)
    {
        var column = sheet.ColumnOf(SpreadsheetLayout.Territory);
        if (column < 0)
        {
            return;
        }
        foreach (var (row, node) in planned)
        {
            var cell = row.Cell(column).Trim();
            if (cell.Length == 0)
            {
                continue;
            }
            if (node.Label != NodeLabel.Institution)
            {
                context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Territory, $"Only an Institution is located in a Territory; leave the cell empty for a {node.Label}.");
                continue;
            }
            var (territory, problem) = context.Resolve(cell, [NodeLabel.Territory]);
            if (territory is null)
            {
                context.Problems.Add(sheet.Name, row.Number, SpreadsheetLayout.Territory, problem!);
                continue;
            }
            puts.Put(sheet.Name, row, SpreadsheetLayout.Territory,
                new RelationshipRecord { Type = RelationshipType.LocatedIn, FromId = node.Id, ToId = territory, Sources = node.Sources });
        }
    }
}
