namespace NetworkGraph.Core.Analysis;

/// <summary>Derives the coordination graph's links and their evidence from the snapshot, once per snapshot.</summary>
internal static class CoordinationGraphBuilder
{
    public static CoordinationGraph Build(GraphIndex graph)
    {
        var institutions = graph.NodesOf(NodeLabel.Institution);
        var ids = institutions.Select(node => node.Id).ToArray();
        var levels = institutions.Select(node => node.GetEnum<GovernanceLevel>("level")).ToArray();
        var indexOf = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            indexOf[ids[i]] = i;
        }
        var facts = new Dictionary<long, List<EvidenceFact>>();
        var descriptions = new EvidenceDescriptions(graph);

        void Add(int a, int b, EvidenceFact fact)
        {
            if (a == b)
            {
                return;
            }
            var key = a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
            if (!facts.TryGetValue(key, out var list))
            {
                facts[key] = list = [];
            }
            list.Add(fact);
        }

        AddShared(graph, indexOf, RelationshipType.MemberOf, NodeLabel.Network, LinkKind.SharedNetwork, descriptions.SharedNetwork, Add);
        AddShared(graph, indexOf, RelationshipType.Attended, NodeLabel.Meeting, LinkKind.SharedMeeting, descriptions.SharedMeeting, Add);
        AddDirect(graph, indexOf, RelationshipType.RefersTo, LinkKind.Referral, descriptions.Referral, Add);
        AddDirect(graph, indexOf, RelationshipType.Funds, LinkKind.Funding, descriptions.Funding, Add);
        AddDirect(graph, indexOf, RelationshipType.PartOf, LinkKind.Hierarchy, descriptions.Hierarchy, Add);

        var pairs = facts
            .OrderBy(entry => entry.Key)
            .Select(entry =>
            {
                var evidence = entry.Value.ToArray();
                Array.Sort(evidence, EvidenceFact.Order);
                var mask = evidence.Aggregate(0, (bits, fact) => bits | LinkKindMask.Bit(fact.Kind));
                return new LinkedPair((int)(entry.Key >> 32), (int)(entry.Key & uint.MaxValue), mask, evidence);
            })
            .ToArray();
        return new CoordinationGraph(ids, levels, pairs);
    }

    /// <summary>Institutions sharing a network or a meeting: every pair of its direct members or attendees.</summary>
    private static void AddShared(
        GraphIndex graph, Dictionary<string, int> indexOf, RelationshipType type, NodeLabel hubLabel, LinkKind kind,
        Func<string, string> describe, Action<int, int, EvidenceFact> add)
    {
        foreach (var hub in graph.NodesOf(hubLabel))
        {
            var members = graph.Incoming(hub.Id, type)
                .Select(r => indexOf.TryGetValue(r.FromId, out var index) ? index : -1)
                .Where(index => index >= 0)
                .Distinct()
                .ToArray();
            if (members.Length < 2)
            {
                continue;
            }
            var fact = new EvidenceFact(kind, hub.Id, describe(hub.Id));
            for (var i = 0; i < members.Length; i++)
            {
                for (var j = i + 1; j < members.Length; j++)
                {
                    add(members[i], members[j], fact);
                }
            }
        }
    }

    /// <summary>Relationships from one institution to another; a FUNDS or PART_OF that reaches a network is not a coordination link.</summary>
    private static void AddDirect(
        GraphIndex graph, Dictionary<string, int> indexOf, RelationshipType type, LinkKind kind,
        Func<RelationshipRecord, string> describe, Action<int, int, EvidenceFact> add)
    {
        foreach (var relationship in graph.OfType(type))
        {
            if (indexOf.TryGetValue(relationship.FromId, out var from) && indexOf.TryGetValue(relationship.ToId, out var to))
            {
                add(from, to, new EvidenceFact(kind, null, describe(relationship)));
            }
        }
    }
}
