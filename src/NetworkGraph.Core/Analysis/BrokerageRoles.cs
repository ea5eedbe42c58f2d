namespace NetworkGraph.Core.Analysis;

/// <summary>
/// One institution's brokerage roles between governance levels (Gould &amp; Fernandez, 1989): how many open two-paths
/// a -&gt; it -&gt; b it brokers in each role, and each count's z-score against a random graph of the same density.
/// </summary>
public sealed record BrokerageRoleScore(
    string InstitutionId, int Coordinator, int Itinerant, int Representative, int Gatekeeper, int Liaison, int Total, BrokerageZScores ZScores);

/// <summary>The z-scores of the role counts; null where the null model's variance is zero (a group too small).</summary>
public sealed record BrokerageZScores(double? Coordinator, double? Itinerant, double? Representative, double? Gatekeeper, double? Liaison, double? Total);

/// <summary>Every institution's brokerage roles over links of some kinds, most brokerage first (then id).</summary>
public sealed class BrokerageRoleSet(IReadOnlyList<BrokerageRoleScore> byTotal)
{
    private readonly Dictionary<string, BrokerageRoleScore> _byId = byTotal.ToDictionary(score => score.InstitutionId, StringComparer.Ordinal);

    public IReadOnlyList<BrokerageRoleScore> ByTotal { get; } = byTotal;

    public BrokerageRoleScore? Of(string institutionId) => _byId.GetValueOrDefault(institutionId);
}

/// <summary>
/// Counts the roles on the directed coordination graph (docs/architecture.md §3, "Brokerage roles"). A link's
/// direction comes from its evidence: a referral runs from the referrer to the receiver, funding from the funder to
/// the funded, a part-of from the part to the whole; a shared network or meeting runs both ways. The group of an
/// institution is its governance level (institutions without one form a group of their own). The z-scores use the
/// expectations and variances of R's <c>sna::brokerage</c>, with N every institution and the density d = arcs / (N(N-1)).
/// </summary>
internal static class BrokerageRoleCounter
{
    private const int Roles = 5; // coordinator, itinerant, representative, gatekeeper, liaison

    public static BrokerageRoleSet Count(CoordinationGraph graph, int mask, ParallelOptions parallel)
    {
        var n = graph.Count;
        var (outgoing, incoming, arcs) = DirectedArcs(graph, mask);
        var group = graph.Levels.Select(level => level is { } l ? (int)l + 1 : 0).ToArray();
        var counts = new long[n * Roles];
        Parallel.For(0, n, parallel, broker => CountAt(broker, outgoing, incoming, group, counts.AsSpan(broker * Roles, Roles)));
        var model = new NullModel(n, arcs, group);
        var scores = new BrokerageRoleScore[n];
        for (var node = 0; node < n; node++)
        {
            var c = counts.AsSpan(node * Roles, Roles);
            var total = c[0] + c[1] + c[2] + c[3] + c[4];
            scores[node] = new BrokerageRoleScore(
                graph.Ids[node], Narrow(c[0]), Narrow(c[1]), Narrow(c[2]), Narrow(c[3]), Narrow(c[4]), Narrow(total),
                model.ZScores(group[node], c, total));
        }
        return new BrokerageRoleSet([.. scores.OrderByDescending(score => score.Total).ThenBy(score => score.InstitutionId, StringComparer.Ordinal)]);
    }

    private static void CountAt(int broker, int[][] outgoing, int[][] incoming, int[] group, Span<long> counts)
    {
        var own = group[broker];
        foreach (var from in incoming[broker])
        {
            var fromGroup = group[from];
            var closed = outgoing[from];
            foreach (var to in outgoing[broker])
            {
                if (to == from || Array.BinarySearch(closed, to) >= 0)
                {
                    continue; // not a two-path between two others, or not open: a reaches b directly
                }
                var toGroup = group[to];
                var role = fromGroup == own
                    ? (toGroup == own ? 0 : 2)                  // coordinator : representative
                    : fromGroup == toGroup ? 1                  // itinerant
                    : toGroup == own ? 3 : 4;                   // gatekeeper : liaison
                counts[role]++;
            }
        }
    }

    /// <summary>Each institution's out- and in-neighbours (sorted) over links of the kinds in the mask, and how many arcs there are.</summary>
    private static (int[][] Outgoing, int[][] Incoming, long Arcs) DirectedArcs(CoordinationGraph graph, int mask)
    {
        var outgoing = new List<int>?[graph.Count];
        var incoming = new List<int>?[graph.Count];
        long arcs = 0;
        void Add(int from, int to)
        {
            (outgoing[from] ??= []).Add(to);
            (incoming[to] ??= []).Add(from);
            arcs++;
        }
        foreach (var pair in graph.Pairs)
        {
            if ((pair.KindMask & mask) == 0)
            {
                continue;
            }
            var (forward, backward) = (false, false);
            foreach (var fact in pair.Evidence)
            {
                if (!LinkKindMask.Contains(mask, fact.Kind))
                {
                    continue;
                }
                if (fact.FromId is null)
                {
                    (forward, backward) = (true, true); // a shared network or meeting
                }
                else if (string.Equals(fact.FromId, graph.Ids[pair.A], StringComparison.Ordinal))
                {
                    forward = true;
                }
                else
                {
                    backward = true;
                }
            }
            if (forward)
            {
                Add(pair.A, pair.B);
            }
            if (backward)
            {
                Add(pair.B, pair.A);
            }
        }
        static int[] Sorted(List<int>? list)
        {
            if (list is null)
            {
                return [];
            }
            list.Sort();
            return [.. list];
        }
        return ([.. outgoing.Select(Sorted)], [.. incoming.Select(Sorted)], arcs);
    }

    private static int Narrow(long count) => AnalysisLimits.AsApiCount(count, "A brokerage count");

    /// <summary>The expectations and variances of <c>sna::brokerage</c>, per group of the broker.</summary>
    private sealed class NullModel
    {
        private readonly Dictionary<int, (double[] Expected, double[] Variance)> _byGroup = [];

        public NullModel(int n, long arcs, int[] group)
        {
            var sizes = group.GroupBy(g => g).ToDictionary(g => g.Key, g => (double)g.Count());
            double big = n;
            var d = n < 2 ? double.NaN : arcs / (big * (big - 1));
            var p = d * d * (1 - d);          // the chance of one open two-path
            var q = Math.Pow(d * (1 - d), 3);  // d^3 (1 - d)^3
            static double Choose2(double x) => x * (x - 1) / 2;
            foreach (var (g, ni) in sizes)
            {
                var others = sizes.Where(entry => entry.Key != g).Select(entry => entry.Value).ToList();
                double[] expected =
                [
                    p * (ni - 1) * (ni - 2),
                    p * others.Sum(nj => nj * (nj - 1)),
                    p * (big - ni) * (ni - 1),
                    p * (big - ni) * (ni - 1),
                    p * ((big - ni) * (big - ni) - others.Sum(nj => nj * nj)),
                    p * (big - 1) * (big - 2),
                ];
                var spread = 1 - p;
                double[] variance =
                [
                    expected[0] * spread + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q,
                    expected[1] * spread + 2 * others.Sum(nj => nj * (nj - 1) * (nj - 2)) * q,
                    expected[2] * spread + 2 * ((ni - 1) * Choose2(big - ni) + (big - ni) * Choose2(ni - 1)) * q,
                    expected[3] * spread + 2 * ((ni - 1) * Choose2(big - ni) + (big - ni) * Choose2(ni - 1)) * q,
                    expected[4] * spread + 4 * others.Sum(nj => nj * Choose2(big - nj - ni)) * q,
                    expected[5] * spread + 2 * (big - 1) * (big - 2) * (big - 3) * q,
                ];
                _byGroup[g] = (expected, variance);
            }
        }

        public BrokerageZScores ZScores(int group, ReadOnlySpan<long> counts, long total)
        {
            var (expected, variance) = _byGroup[group];
            double? Z(int role, long observed) =>
                variance[role] > 0 && double.IsFinite(variance[role]) ? (observed - expected[role]) / Math.Sqrt(variance[role]) : null;
            return new BrokerageZScores(Z(0, counts[0]), Z(1, counts[1]), Z(2, counts[2]), Z(3, counts[3]), Z(4, counts[4]), Z(5, total));
        }
    }
}
