namespace NetworkGraph.Core.Analysis;

/// <summary>
/// Links counted by the levels of their ends, and the E-I index (Krackhardt and Stern) that says
/// whether the links mostly cross levels (towards 1) or stay within one (towards -1).
/// </summary>
internal static class CoordinationMatrixCalculator
{
    private static readonly GovernanceLevel[] _levels = Enum.GetValues<GovernanceLevel>();

    public static CoordinationMatrix Compute(CoordinationGraph graph, int mask)
    {
        var counts = new int[_levels.Length, _levels.Length];
        var external = new int[_levels.Length];
        var internalLinks = new int[_levels.Length];
        int allExternal = 0, allInternal = 0;
        foreach (var pair in graph.Pairs)
        {
            if ((pair.KindMask & mask) == 0 || graph.Levels[pair.A] is not { } a || graph.Levels[pair.B] is not { } b)
            {
                continue;
            }
            var (low, high) = a <= b ? (a, b) : (b, a);
            counts[(int)low, (int)high]++;
            if (a == b)
            {
                allInternal++;
                internalLinks[(int)a]++;
            }
            else
            {
                allExternal++;
                external[(int)a]++;
                external[(int)b]++;
            }
        }
        var cells = new List<LevelLink>();
        foreach (var from in _levels)
        {
            cells.AddRange(_levels.Where(to => to >= from).Select(to => new LevelLink(from, to, counts[(int)from, (int)to])));
        }
        var byLevel = _levels
            .Where(level => external[(int)level] + internalLinks[(int)level] > 0)
            .Select(level => new LevelEiIndex(level, Ei(external[(int)level], internalLinks[(int)level]), external[(int)level], internalLinks[(int)level]))
            .ToList();
        return new CoordinationMatrix(cells, Ei(allExternal, allInternal), byLevel);
    }

    private static double Ei(int external, int internalLinks) =>
        external + internalLinks == 0 ? 0 : (double)(external - internalLinks) / (external + internalLinks);
}
