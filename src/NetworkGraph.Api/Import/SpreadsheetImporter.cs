using Microsoft.Extensions.Options;
using NetworkGraph.Core.Spreadsheets;

namespace NetworkGraph.Api.Import;

/// <summary>
/// Reads, plans and, unless it is a dry run or there is a problem, writes an import: one batch with one audit event
/// (operation <c>importSpreadsheet</c>), all or nothing.
/// </summary>
public sealed class SpreadsheetImporter(IGraphStore store, IOptions<ImportOptions> options)
{
    public const string Operation = "importSpreadsheet";

    public async Task<ImportReport> ImportAsync(ImportFiles files, bool dryRun, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var (elements, connections, problems) = files.Read(options.Value.Limits);
        if (problems.Count > 0 || elements is null || connections is null)
        {
            return ImportReport.Refused(dryRun, problems);
        }
        var snapshot = await store.GetSnapshotAsync(cancellationToken);
        var plan = SpreadsheetImportPlanner.Plan(elements, connections, snapshot);
        if (dryRun || plan.HasProblems || plan.Writes.Count == 0)
        {
            return plan.Report with { DryRun = dryRun };
        }
        var audit = new AuditEntry(actor, Operation, GraphWrites.TouchedIds(plan.Writes), plan.Before.ToDictionary(n => n.Id, n => n.Version, StringComparer.Ordinal));
        long written;
        try
        {
            written = (await store.WriteAsync(new WriteBatch(plan.Writes) { Audit = audit }, cancellationToken)).GraphVersion;
        }
        catch (Exception e) when (e is GraphConflictException or GraphNotFoundException)
        {
            // Another writer changed the graph between the read and the write; the batch rolled back whole.
            return ImportReport.Refused(dryRun, [new ImportProblem(SpreadsheetLayout.Elements, null, null,
                "The graph changed while the import was being checked, so nothing was written: send the file again.")]);
        }
        return plan.Report with { DryRun = false, GraphVersion = written };
    }
}
