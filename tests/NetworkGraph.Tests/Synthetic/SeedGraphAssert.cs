using NetworkGraph.Core.Seed;

namespace NetworkGraph.Tests.Synthetic;

/// <summary>Seed graphs compared by value: records hold their properties in dictionaries, which compare by reference.</summary>
public static class SeedGraphAssert
{
    public static void Equal(SeedGraph expected, SeedGraph actual)
    {
        Assert.Equal(expected.Nodes.Count, actual.Nodes.Count);
        Assert.Equal(expected.Relationships.Count, actual.Relationships.Count);
        for (var i = 0; i < expected.Nodes.Count; i++)
        {
            var (want, got) = (expected.Nodes[i], actual.Nodes[i]);
            Assert.Equal((want.Label, want.Id), (got.Label, got.Id));
            Assert.Equal(want.Sources, got.Sources);
            Assert.Equal(Flatten(want.Properties), Flatten(got.Properties));
        }
        for (var i = 0; i < expected.Relationships.Count; i++)
        {
            var (want, got) = (expected.Relationships[i], actual.Relationships[i]);
            Assert.Equal(want.Key, got.Key);
            Assert.Equal(want.Sources, got.Sources);
            Assert.Equal(Flatten(want.Properties), Flatten(got.Properties));
        }
    }

    /// <summary>Properties as sorted "name=type:value" lines, lists joined, so that xunit prints what differs.</summary>
    private static List<string> Flatten(IReadOnlyDictionary<string, object?> properties) =>
        [.. properties
            .Where(p => p.Value is not null)
            .Select(p => $"{p.Key}={p.Value!.GetType().Name}:{(p.Value is IReadOnlyList<string> list ? string.Join("|", list) : p.Value)}")
            .Order(StringComparer.Ordinal)];
}
