using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// A cell read as a property of the model, and a property written as a cell. Enumerations may be written as a
/// person types them ("Municipal", "public service") and are stored in CONSTANT_CASE; the model then checks them.
/// </summary>
public static class CellText
{
    private static readonly string[] _true = ["true", "yes", "1"];
    private static readonly string[] _false = ["false", "no", "0"];

    /// <summary>The value of a non-empty cell, or the problem with it (the model's own checks come after).</summary>
    public static (object? Value, string? Problem) Read(PropertySpec spec, string cell)
    {
        var text = cell.Trim();
        return spec.Kind switch
        {
            PropertyKind.Enum => (Constant(text), null),
            PropertyKind.EnumList => (Split(text).Select(Constant).ToArray() is { Length: > 0 } items ? items : null, null),
            PropertyKind.Boolean when _true.Contains(text, StringComparer.OrdinalIgnoreCase) => (true, null),
            PropertyKind.Boolean when _false.Contains(text, StringComparer.OrdinalIgnoreCase) => (false, null),
            PropertyKind.Boolean => (null, $"'{text}' is not true or false"),
            _ => (text, null),
        };
    }

    public static string Write(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IReadOnlyList<string> list => string.Join(SpreadsheetLayout.Separator, list),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>The segments of a cell that holds several values, each trimmed, blank ones kept (the i-th source needs its place).</summary>
    public static string[] Segments(string cell) => cell.Length == 0 ? [] : [.. cell.Split(SpreadsheetLayout.Separator).Select(s => s.Trim())];

    public static IEnumerable<string> Split(string cell) => Segments(cell).Where(s => s.Length > 0);

    /// <summary>"public service" and "Public-Service" are PUBLIC_SERVICE.</summary>
    public static string Constant(string text) =>
        new([.. text.Trim().Select(c => c is ' ' or '-' ? '_' : char.ToUpperInvariant(c))]);

    /// <summary>Whether two stored property values are the same fact.</summary>
    public static bool SameValue(object? a, object? b) => (a, b) switch
    {
        (null, null) => true,
        (IReadOnlyList<string> x, IReadOnlyList<string> y) => x.SequenceEqual(y, StringComparer.Ordinal),
        _ => Equals(a, b),
    };

    public static bool SameProperties(IReadOnlyDictionary<string, object?> a, IReadOnlyDictionary<string, object?> b)
    {
        var left = a.Where(p => p.Value is not null).ToList();
        return left.Count == b.Count(p => p.Value is not null)
            && left.All(p => b.TryGetValue(p.Key, out var other) && SameValue(p.Value, other));
    }
}
