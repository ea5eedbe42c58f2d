using System.Runtime.InteropServices;

namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Every linked pair with at least one end among the marked institutions, with its whole evidence, in the order of
/// <see cref="Key(LinkedPair)"/>. Each pair is found once: from its marked end when only one is marked, from its smaller end (or
/// the relationship's start) when both are.
/// </summary>
internal sealed class LinksAt(GraphIndex graph, IReadOnlyDictionary<string, int> indexOf, bool[] marked)
{
    /// <summary>The relationships that make institutions share a node, and the label that node must have.</summary>
    public static readonly (RelationshipType Type, NodeLabel Label)[] SharedHubs =
        [(RelationshipType.MemberOf, NodeLabel.Network), (RelationshipType.Attended, NodeLabel.Meeting)];

    private static readonly (RelationshipType Type, LinkKind Kind)[] _direct =
        [(RelationshipType.RefersTo, LinkKind.Referral), (RelationshipType.Funds, LinkKind.Funding), (RelationshipType.PartOf, LinkKind.Hierarchy)];

    private readonly Dictionary<string, (EvidenceFact Fact, int[] Members)> _hubs = new(StringComparer.Ordinal);
    private readonly List<(long Key, EvidenceFact Fact)> _found = [];

    /// <summary>The pair's place in every pair list: by its smaller end, then its larger.</summary>
    public static long Key(LinkedPair pair) => Key(pair.A, pair.B);

    public LinkedPair[] Pairs()
    {
        foreach (var (id, node) in indexOf)
        {
            if (marked[node])
            {
                Collect(id, node);
            }
        }
        // Sorted where it was collected, and the pairs counted before they are made: at 100,000 institutions these are
        // arrays of a million entries, and every copy of one is work for the costliest generation of the collector.
        var found = CollectionsMarshal.AsSpan(_found);
        found.Sort(static (x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : EvidenceFact.Order.Compare(x.Fact, y.Fact));
        var count = 0;
        for (var i = 0; i < found.Length; i++)
        {
            count += i == 0 || found[i].Key != found[i - 1].Key ? 1 : 0;
        }
        var pairs = new LinkedPair[count];
        var made = 0;
        for (var start = 0; start < found.Length;)
        {
            var end = start + 1;
            while (end < found.Length && found[end].Key == found[start].Key)
            {
                end++;
            }
            var evidence = end - start == 1 ? found[start].Fact.Alone : Facts(found[start..end]);
            var mask = 0;
            foreach (var fact in evidence)
            {
                mask |= LinkKindMask.Bit(fact.Kind);
            }
            var key = found[start].Key;
            pairs[made++] = new LinkedPair((int)(key >> 32), (int)(key & uint.MaxValue), mask, evidence);
            start = end;
        }
        return pairs;
    }

    private static EvidenceFact[] Facts(ReadOnlySpan<(long Key, EvidenceFact Fact)> found)
    {
        var facts = new EvidenceFact[found.Length];
        for (var i = 0; i < found.Length; i++)
        {
            facts[i] = found[i].Fact;
        }
        return facts;
    }

    private void Collect(string id, int node)
    {
        for (var kind = 0; kind < SharedHubs.Length; kind++)
        {
            var (type, label) = SharedHubs[kind];
            foreach (var membership in graph.Outgoing(id, type))
            {
                if (!graph.Is(membership.ToId, label))
                {
                    continue;
                }
                var (fact, members) = Hub(membership.ToId, type, kind == 0 ? LinkKind.SharedNetwork : LinkKind.SharedMeeting);
                foreach (var other in members)
                {
                    if (other != node && (!marked[other] || node < other))
                    {
                        _found.Add((Key(node, other), fact));
                    }
                }
            }
        }
        foreach (var (type, kind) in _direct)
        {
            foreach (var relationship in graph.Outgoing(id, type))
            {
                if (indexOf.TryGetValue(relationship.ToId, out var other) && other != node)
                {
                    _found.Add((Key(node, other), new EvidenceFact(kind, null, relationship.FromId, relationship.ToId)));
                }
            }
            foreach (var relationship in graph.Incoming(id, type))
            {
                // A relationship between two marked institutions is found from its start.
                if (indexOf.TryGetValue(relationship.FromId, out var other) && other != node && !marked[other])
                {
                    _found.Add((Key(node, other), new EvidenceFact(kind, null, relationship.FromId, relationship.ToId)));
                }
            }
        }
    }

    /// <summary>The hub's fact and its institutions, worked out once per hub.</summary>
    private (EvidenceFact Fact, int[] Members) Hub(string hubId, RelationshipType type, LinkKind kind)
    {
        if (!_hubs.TryGetValue(hubId, out var hub))
        {
            var members = new List<int>();
            foreach (var membership in graph.Incoming(hubId, type))
            {
                if (indexOf.TryGetValue(membership.FromId, out var member))
                {
                    members.Add(member);
                }
            }
            _hubs[hubId] = hub = (new EvidenceFact(kind, hubId), [.. members]);
        }
        return hub;
    }

    private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
}
