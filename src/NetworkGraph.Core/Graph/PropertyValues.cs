using System.Collections.ObjectModel;

namespace NetworkGraph.Core.Graph;

public static class PropertyValues
{
    public static readonly IReadOnlyDictionary<string, object?> Empty =
        new ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    /// <summary>True for the value kinds every store holds natively.</summary>
    public static bool IsSupported(object? value) =>
        value is null or string or long or double or bool or IReadOnlyList<string>;

    /// <summary>Properties as stored: an absent value and a null one are the same (a cleared optional property).</summary>
    public static Dictionary<string, object?> WithoutNulls(IReadOnlyDictionary<string, object?> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var kept = new Dictionary<string, object?>(properties.Count, StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (value is not null)
            {
                kept[name] = value;
            }
        }
        return kept;
    }
}
