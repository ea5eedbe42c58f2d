using NetworkGraph.Core.Territories;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// Plans an import of the two sheets into the graph as it is stored (docs/architecture.md §4, "Spreadsheets"): pure,
/// no store. Everything the model checks is checked here, before anything is written; with any problem the plan
/// writes nothing. Import never deletes a node; the only relationship it deletes is the one a LOCATED_IN or WITHIN
/// it puts replaces.
/// </summary>
public static class SpreadsheetImportPlanner
{
    public static ImportPlan Plan(Sheet elements, Sheet connections, GraphSnapshot current)
    {
        ArgumentNullException.ThrowIfNull(elements);
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(current);
        var context = new ImportContext(current);
        SheetChecks.CheckCells([elements, connections], context.Problems);
        if (!SheetChecks.CheckHeader(elements, SpreadsheetLayout.ElementColumns, [SpreadsheetLayout.Label, SpreadsheetLayout.Type], context.Problems, languageLabels: true)
            | !SheetChecks.CheckHeader(connections, SpreadsheetLayout.ConnectionColumns, [SpreadsheetLayout.From, SpreadsheetLayout.To, SpreadsheetLayout.Type], context.Problems))
        {
            return new ImportPlan([], [], context.Report(dryRun: true));
        }
        var drafts = ElementIdentity.Resolve(elements, context);
        var planned = new List<(SheetRow Row, NodeRecord Node)>();
        ElementRows.Plan(elements, drafts, context, planned);
        var puts = new RelationshipPuts(context);
        TerritoryLinks.Plan(elements, planned, context, puts);
        ConnectionRows.Plan(connections, context, puts);
        CheckWithinCycles(puts, context);
        if (context.Problems.Count > 0)
        {
            return new ImportPlan([], [], ImportReport.Refused(dryRun: true, context.Problems.ToList()));
        }
        // Nodes before the relationships that join them; a replaced LOCATED_IN or WITHIN goes before its successor.
        IReadOnlyList<GraphWrite> writes = [.. context.NodeWrites, .. context.RelationshipDeletes, .. context.RelationshipPuts];
        return new ImportPlan(writes, context.Before, context.Report(dryRun: true));
    }

    private static void CheckWithinCycles(RelationshipPuts puts, ImportContext context)
    {
        if (context.ImportedWithin.Count == 0 || new TerritoryTree(puts.WithinAfter()).FindCycle() is not { } cycle)
        {
            return;
        }
        var rows = cycle.Zip(cycle.Skip(1))
            .Select(pair => puts.RowOf(new RelationshipRecord { Type = RelationshipType.Within, FromId = pair.First, ToId = pair.Second }))
            .OfType<(string Sheet, int Row)>().ToList();
        var (sheet, row) = rows.Count > 0 ? rows[0] : (SpreadsheetLayout.Connections, 0);
        context.Problems.Add(sheet, rows.Count > 0 ? row : null, SpreadsheetLayout.To,
            $"WITHIN goes round in a circle: {string.Join(" -> ", cycle)}. A territory cannot lie within itself.");
    }
}
