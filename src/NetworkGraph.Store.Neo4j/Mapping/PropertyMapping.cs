using NetworkGraph.Core.Graph;

namespace NetworkGraph.Store.Neo4j.Mapping;

/// <summary>
/// Port properties to Neo4j properties and back. Neo4j stores no nulls, so a null value is left out
/// (the port reads an absent property as null); lists come back as string lists.
/// </summary>
internal static class PropertyMapping
{
    /// <summary>Copies the non-null properties into <paramref name="target"/>, refusing names the store keeps for itself.</summary>
    public static void CopyInto(
        Dictionary<string, object?> target, IReadOnlyDictionary<string, object?> properties, IReadOnlySet<string> reserved, string owner)
    {
        foreach (var (name, value) in properties)
        {
            if (reserved.Contains(name))
            {
                throw new ArgumentException(
                    $"{owner} has a property named '{name}', which the Neo4j store keeps for itself ({string.Join(", ", reserved.Order(StringComparer.Ordinal))})");
            }
            if (value is not null)
            {
                target[name] = Checked(name, value);
            }
        }
    }

    /// <summary>The port's properties of a stored entity, kept compact (<see cref="CompactProperties"/>).</summary>
    public static IReadOnlyDictionary<string, object?> Read(IReadOnlyDictionary<string, object?> stored, IReadOnlySet<string> reserved)
    {
        var properties = CompactProperties.Reading.Start();
        foreach (var (name, value) in stored)
        {
            if (!reserved.Contains(name))
            {
                properties.Add(name, value is List<object?> list ? Strings(name, list) : value);
            }
        }
        return properties.Build();
    }

    private static object Checked(string name, object value) => value switch
    {
        string or long or bool => value,
        double number when double.IsFinite(number) => number,
        double number => throw new ArgumentException($"property '{name}' is {number}; the stores hold only finite numbers"),
        IReadOnlyList<string> list => list,
        _ => throw new ArgumentException(
            $"property '{name}' holds a {value.GetType().Name}; a store holds only {nameof(String)}, {nameof(Int64)}, {nameof(Double)}, {nameof(Boolean)} and string lists"),
    };

    private static string[] Strings(string name, List<object?> list) =>
        list.Select(item => item as string ?? throw new InvalidDataException($"stored list property '{name}' holds a non-string element")).ToArray();
}
