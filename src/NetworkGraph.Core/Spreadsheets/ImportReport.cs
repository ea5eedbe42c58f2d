namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// What an import did, or would do on a dry run: nodes and relationships created and updated, by label
/// (<c>Institution</c>) or relationship type (<c>MEMBER_OF</c>); how many of those the file describes exactly as
/// they are stored; and every problem. With a problem nothing is written.
/// </summary>
public sealed record ImportReport(
    bool DryRun,
    IReadOnlyDictionary<string, int> Created,
    IReadOnlyDictionary<string, int> Updated,
    int Unchanged,
    IReadOnlyList<ImportProblem> Problems)
{
    /// <summary>The graph's version after a committed import (what a graph question's minVersion waits for); null when nothing was written.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public long? GraphVersion { get; init; }

    public static ImportReport Refused(bool dryRun, IReadOnlyList<ImportProblem> problems) =>
        new(dryRun, new Dictionary<string, int>(), new Dictionary<string, int>(), 0, problems);
}

/// <summary>The writes of one import, the stored nodes they update (for the audit event) and its report.</summary>
public sealed record ImportPlan(IReadOnlyList<GraphWrite> Writes, IReadOnlyList<NodeRecord> Before, ImportReport Report)
{
    public bool HasProblems => Report.Problems.Count > 0;
}

/// <summary>
/// The problems of one import, in the order found. Past <see cref="Max"/> only their number is kept: a sheet of
/// 200,000 broken rows must not answer with a report larger than the sheet.
/// </summary>
public sealed class ImportProblems
{
    public const int Max = 10_000;

    private readonly List<ImportProblem> _problems = [];
    private int _dropped;

    public int Count => _problems.Count + _dropped;

    public void Add(string sheet, int? row, string? column, string message) => Add(new ImportProblem(sheet, row, column, message));

    public void Add(ImportProblem problem)
    {
        if (_problems.Count < Max)
        {
            _problems.Add(problem);
        }
        else
        {
            _dropped++;
        }
    }

    public void AddRange(IEnumerable<ImportProblem> problems)
    {
        foreach (var problem in problems)
        {
            Add(problem);
        }
    }

    public IReadOnlyList<ImportProblem> ToList() => _dropped == 0
        ? _problems
        : [.. _problems, new ImportProblem(_problems[^1].Sheet, null, null, $"... and {_dropped} more problems, not listed.")];
}
