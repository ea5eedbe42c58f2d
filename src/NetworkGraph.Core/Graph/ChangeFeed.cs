namespace NetworkGraph.Core.Graph;

/// <summary>The bounds of one read of the change feed (<see cref="IGraphStore.GetChangesAsync"/>).</summary>
public static class ChangeFeed
{
    /// <summary>The most events one read returns: a reader far behind catches up in several reads.</summary>
    public const int MaxLimit = 1_000;

    /// <summary>Refuses a position or a limit no store can honour, the same way on every store.</summary>
    public static void ThrowIfInvalid(long afterGraphVersion, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterGraphVersion);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxLimit);
    }

    /// <summary>
    /// Whether <paramref name="changes"/> (one read, in commit order) hold the event of every version after
    /// <paramref name="afterGraphVersion"/> up to the last of them, each once: a version without its event (a seed, a
    /// copy) was written unaudited, and nothing is known of what it touched.
    /// </summary>
    public static bool AuditsEveryVersion(IReadOnlyList<AuditEvent> changes, long afterGraphVersion)
    {
        for (var i = 0; i < changes.Count; i++)
        {
            if (changes[i].GraphVersion != afterGraphVersion + 1 + i)
            {
                return false;
            }
        }
        return true;
    }
}
