using System.Collections.Concurrent;

namespace NetworkGraph.Core.Graph;

/// <summary>
/// Enumerations travel as CONSTANT_CASE text (MUNICIPAL, MEMBER_OF) in stores, seeds and GraphQL alike.
/// </summary>
public static class ConstantCase
{
    private static readonly ConcurrentDictionary<Enum, string> _names = new();
    private static readonly ConcurrentDictionary<Type, string[]> _namesOfType = new();

    public static string ToText(Enum value) => _names.GetOrAdd(value, static v => Convert(v.ToString()));

    /// <summary>The text of a value of a known enumeration: no boxing, no lookup beyond one dictionary read.</summary>
    public static string ToText<T>(T value) where T : struct, Enum =>
        Of<T>.Texts.TryGetValue(value, out var text) ? text : ToText((Enum)value);

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum =>
        Of<T>.Values.TryGetValue(text ?? "", out value);

    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Names<T>())}.");

    public static IEnumerable<string> Names<T>() where T : struct, Enum => Enum.GetValues<T>().Select(v => ToText(v));

    public static IReadOnlyList<string> Names(Type enumType) =>
        _namesOfType.GetOrAdd(enumType, static type => [.. Enum.GetValues(type).Cast<Enum>().Select(ToText)]);

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

    /// <summary>Every enumeration's names, built once: stores read a label or a type for every row.</summary>
    private static class Of<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Texts = Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => Convert(v.ToString()));

        public static readonly Dictionary<string, T> Values = Texts.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);
    }
}
