namespace NetworkGraph.Benchmarks;

/// <summary>
/// The measurements of one question on one graph. Warm is null when it was skipped, and the whole
/// row carries only a note when even the cold run was skipped.
/// </summary>
internal sealed record Row(
    string Name,
    string Bound,
    double Scale,
    Sample? Cold,
    Sample? Warm,
    int Repeats,
    string Answer,
    string? Note,
    double? TargetMilliseconds,
    bool CachedPerInstance)
{
    /// <summary>The figure growth and targets are judged on: warm, except for answers cached per instance, whose real cost is cold.</summary>
    public double? Representative => CachedPerInstance ? Cold?.Milliseconds : (Warm ?? Cold)?.Milliseconds;
}

internal sealed record SizeResult(SizeFacts Facts, IReadOnlyList<Row> Rows);
