namespace NetworkGraph.Core.Analysis;

/// <summary>
/// The trace of every feedback item, kept per item so that after a few writes only the traces they can have changed
/// are built again (<see cref="Patch"/>).
/// </summary>
internal sealed class FeedbackTraceSet
{
    private readonly Dictionary<string, FeedbackTrace> _byItem;

    private FeedbackTraceSet(Dictionary<string, FeedbackTrace> byItem) => _byItem = byItem;

    /// <summary>Every item's trace, in id order of the items.</summary>
    public IReadOnlyCollection<FeedbackTrace> All => _byItem.Values;

    public FeedbackTrace? Of(string itemId) => _byItem.GetValueOrDefault(itemId);

    public static FeedbackTraceSet Build(GraphIndex graph, FeedbackTraceBuilder traces) =>
        new(graph.NodesOf(NodeLabel.FeedbackItem).ToDictionary(item => item.Id, traces.Build, StringComparer.Ordinal));

    /// <summary>
    /// The traces after the writes that touched <paramref name="touched"/>. A trace reads its item, the relationships
    /// at it, and through each step one node (the actor, meeting, network or policy change the step names) with what
    /// hangs off that node (a level, a meeting's network, a change's adopters). A relationship changes only with both
    /// its ends touched, so a trace is kept when neither its item nor a node its steps name was touched.
    /// </summary>
    public FeedbackTraceSet Patch(GraphIndex after, FeedbackTraceBuilder traces, IReadOnlyCollection<string> touched)
    {
        var set = touched as IReadOnlySet<string> ?? touched.ToHashSet(StringComparer.Ordinal);
        var byItem = new Dictionary<string, FeedbackTrace>(_byItem.Count, StringComparer.Ordinal);
        foreach (var item in after.NodesOf(NodeLabel.FeedbackItem))
        {
            byItem[item.Id] = _byItem.TryGetValue(item.Id, out var kept) && !set.Contains(item.Id) && !kept.Steps.Any(step => Names(step, set))
                ? kept
                : traces.Build(item);
        }
        return new(byItem);
    }

    private static bool Names(TraceStep step, IReadOnlySet<string> touched) =>
        (step.ActorId is { } actor && touched.Contains(actor))
        || (step.MeetingId is { } meeting && touched.Contains(meeting))
        || (step.NetworkId is { } network && touched.Contains(network))
        || (step.PolicyChangeId is { } change && touched.Contains(change));
}
