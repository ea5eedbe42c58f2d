namespace NetworkGraph.Synthetic.World;

/// <summary>Items drawn in proportion to their weights in O(log n), for lists of thousands.</summary>
internal sealed class WeightedList<T>(IReadOnlyList<T> items, IReadOnlyList<double> weights)
{
    private readonly double[] _cumulative = Cumulate(weights);

    public IReadOnlyList<T> Items => items;

    public T Pick(SyntheticWorld world)
    {
        var draw = world.Random.Double() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, draw);
        return items[Math.Min(index < 0 ? ~index : index + 1, items.Count - 1)];
    }

    private static double[] Cumulate(IReadOnlyList<double> weights)
    {
        var cumulative = new double[Math.Max(1, weights.Count)];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }
        return cumulative;
    }
}
