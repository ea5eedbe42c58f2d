using System.Collections.ObjectModel;

namespace NetworkGraph.Core.Graph;

public static class PropertyValues
{
    public static readonly IReadOnlyDictionary<string, object?> Empty =
        new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    /// <summary>True for the value kinds every store holds natively.</summary>
    public static bool IsSupported(object? value) =>
        value is null or string or long or double or bool or IReadOnlyList<string>;
}
