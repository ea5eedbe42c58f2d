namespace NetworkGraph.Core.Graph;

/// <summary>
/// A node as every store keeps it. Property values are limited to string, long, double, bool and
/// string lists (see <see cref="PropertyValues"/>), which every engine can hold natively.
/// </summary>
public sealed record NodeRecord
{
    public required string Id { get; init; }
    public required NodeLabel Label { get; init; }
    public long Version { get; init; } = 1;
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; init; }
    public IReadOnlyDictionary<string, object?> Properties { get; init; } = PropertyValues.Empty;
    public IReadOnlyList<SourceRef> Sources { get; init; } = [];

    public string? GetString(string name) => Properties.TryGetValue(name, out var value) ? value as string : null;

    public bool GetBool(string name) => Properties.TryGetValue(name, out var value) && value is true;

    public IReadOnlyList<string> GetStrings(string name) =>
        Properties.TryGetValue(name, out var value) && value is IReadOnlyList<string> list ? list : [];

    public T? GetEnum<T>(string name) where T : struct, Enum =>
        ConstantCase.TryParse<T>(GetString(name), out var value) ? value : null;

    /// <summary>The name or title a person reads: what search and sorting by name use.</summary>
    public string DisplayName => GetString("name") ?? GetString("title") ?? Id;
}
