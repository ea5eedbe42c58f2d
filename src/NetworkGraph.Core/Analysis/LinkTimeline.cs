namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Every dated relationship of a graph (<see cref="Validity"/>), whether or not it holds on the date an analysis
/// answers for, and the days on which one starts or stops: between two of those days the graph is the same.
/// Immutable; a write makes a new one from the old (<see cref="Patch"/>).
/// </summary>
public sealed class LinkTimeline
{
    public static readonly LinkTimeline Empty = new(new Dictionary<RelationshipKey, RelationshipRecord>());

    private readonly Dictionary<RelationshipKey, RelationshipRecord> _dated;
    private readonly DateOnly[] _turns;

    private LinkTimeline(Dictionary<RelationshipKey, RelationshipRecord> dated)
    {
        _dated = dated;
        _turns = [.. dated.Values
            .SelectMany(r => new[] { Validity.ValidFrom(r), Validity.ValidTo(r) })
            .OfType<DateOnly>()
            .Distinct()
            .Order()];
    }

    public static LinkTimeline Of(IEnumerable<RelationshipRecord> relationships)
    {
        var dated = new Dictionary<RelationshipKey, RelationshipRecord>();
        foreach (var relationship in relationships)
        {
            if (Validity.IsDated(relationship))
            {
                dated[relationship.Key] = relationship;
            }
        }
        return dated.Count == 0 ? Empty : new LinkTimeline(dated);
    }

    /// <summary>The timeline after a change: the dated relationships at the touched nodes are those reread.</summary>
    public LinkTimeline Patch(SnapshotChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var reread = change.Relationships.Where(Validity.IsDated).ToList();
        if (reread.Count == 0 && _dated.Values.All(r => !change.Touched.Contains(r.FromId) && !change.Touched.Contains(r.ToId)))
        {
            return this;
        }
        var dated = _dated.Values.Where(r => !change.Touched.Contains(r.FromId) && !change.Touched.Contains(r.ToId)).ToDictionary(r => r.Key);
        foreach (var relationship in reread)
        {
            dated[relationship.Key] = relationship; // a change may read a relationship at both its ends
        }
        return dated.Count == 0 ? Empty : new LinkTimeline(dated);
    }

    /// <summary>Every dated relationship, in no particular order.</summary>
    public IEnumerable<RelationshipRecord> All => _dated.Values;

    public int Count => _dated.Count;

    public bool Contains(RelationshipKey key) => _dated.ContainsKey(key);

    /// <summary>
    /// Which stretch of the timeline <paramref name="date"/> falls in: how many days of change are on or before it.
    /// Two dates in the same stretch see the same graph.
    /// </summary>
    public int Period(DateOnly date)
    {
        var index = Array.BinarySearch(_turns, date);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>Whether the graph is the same on both dates.</summary>
    public bool Same(DateOnly a, DateOnly b) => Period(a) == Period(b);

    /// <summary>The dated relationships that hold on one of the dates and not on the other.</summary>
    public IEnumerable<RelationshipRecord> Differences(DateOnly a, DateOnly b) =>
        _dated.Values.Where(r => Validity.HoldsOn(r, a) != Validity.HoldsOn(r, b));

    /// <summary>
    /// The dated relationships that started (<c>validFrom</c>) or stopped (<c>validTo</c>) on a day after
    /// <paramref name="from"/> and no later than <paramref name="to"/>: those that hold on one of the two dates and
    /// not on the other, and those that came and went in between.
    /// </summary>
    public IEnumerable<LinkChange> Changes(DateOnly from, DateOnly to)
    {
        foreach (var relationship in _dated.Values)
        {
            if (Validity.ValidFrom(relationship) is { } start && from < start && start <= to)
            {
                yield return new LinkChange(start, LinkChangeKind.Appeared, relationship);
            }
            if (Validity.ValidTo(relationship) is { } end && from < end && end <= to)
            {
                yield return new LinkChange(end, LinkChangeKind.Disappeared, relationship);
            }
        }
    }
}

public enum LinkChangeKind
{
    /// <summary>The link holds from this day on.</summary>
    Appeared,

    /// <summary>The link no longer holds from this day on.</summary>
    Disappeared,
}

/// <summary>A dated link that appeared or disappeared on <paramref name="On"/>.</summary>
public sealed record LinkChange(DateOnly On, LinkChangeKind Kind, RelationshipRecord Relationship);
