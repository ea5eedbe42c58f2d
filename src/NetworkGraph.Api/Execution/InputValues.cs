using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// Compares the variables of two requests value by value, as their JSON reader produced them: objects by their
/// keys and values, lists item by item, anything else by type and value (so 1 and "1", or 1 and 1.0, differ).
/// </summary>
public static class InputValues
{
    /// <summary>
    /// Writes <paramref name="value"/> so that two values write the same text only when <see cref="Equal"/> holds
    /// (keys in their order: the same values in another order write another text, which only costs a cache miss).
    /// Every scalar carries its type, so 1, 1.0 and "1" differ here as they do to the executer.
    /// </summary>
    public static void AppendKey(StringBuilder key, object? value)
    {
        switch (value)
        {
            case null:
                key.Append('~');
                break;
            case string text:
                key.Append('s').Append(JsonSerializer.Serialize(text));
                break;
            case IEnumerable<KeyValuePair<string, object?>> members:
                key.Append('{');
                foreach (var (name, member) in members)
                {
                    key.Append(JsonSerializer.Serialize(name)).Append(':');
                    AppendKey(key, member);
                    key.Append(',');
                }
                key.Append('}');
                break;
            case IList items:
                key.Append('[');
                foreach (var item in items)
                {
                    AppendKey(key, item);
                    key.Append(',');
                }
                key.Append(']');
                break;
            case IFormattable scalar:
                key.Append(scalar.GetType().Name).Append(':').Append(scalar.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                key.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }

    public static bool Equal(object? left, object? right)
    {
        if (ReferenceEquals(left, right))
        {
            return true;
        }
        return (left, right) switch
        {
            (null, _) or (_, null) => false,
            (IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b) => ObjectsEqual(a, b),
            (IDictionary<string, object?> a, IDictionary<string, object?> b) => ObjectsEqual(a.AsReadOnly(), b.AsReadOnly()),
            (string a, string b) => string.Equals(a, b, StringComparison.Ordinal),
            (IList a, IList b) => ListsEqual(a, b),
            _ => left.GetType() == right.GetType() && left.Equals(right),
        };
    }

    private static bool ObjectsEqual(IReadOnlyDictionary<string, object?> left, IReadOnlyDictionary<string, object?> right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }
        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other) || !Equal(value, other))
            {
                return false;
            }
        }
        return true;
    }

    private static bool ListsEqual(IList left, IList right)
    {
        if (left.Count != right.Count)
        {
            return false;
        }
        for (var i = 0; i < left.Count; i++)
        {
            if (!Equal(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }
}
