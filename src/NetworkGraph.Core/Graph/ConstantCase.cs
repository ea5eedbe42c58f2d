using System.Collections.Concurrent;
using System.Text;

namespace NetworkGraph.Core.Graph;

/// <summary>
/// Enumerations travel as CONSTANT_CASE text (MUNICIPAL, MEMBER_OF) in stores, seeds and GraphQL alike.
/// </summary>
public static class ConstantCase
{
    private static readonly ConcurrentDictionary<Enum, string> _names = new();

    public static string ToText(Enum value) => _names.GetOrAdd(value, static v => Convert(v.ToString()));

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(ToText(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Names<T>())}.");

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => ToText(v));

    public static IEnumerable<string> Names(Type enumType) => Enum.GetValues(enumType).Cast<Enum>().Select(ToText);

    private static string Convert(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }
            builder.Append(char.ToUpperInvariant(pascal[i]));
        }
        return builder.ToString();
    }
}
