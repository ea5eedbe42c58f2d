using System.Globalization;
using GraphQL;
using NetworkGraph.Api.GraphQL.Common;
using NetworkGraph.Api.GraphQL.Errors;
using NetworkGraph.Core.Firewall;
using NetworkGraph.Core.Graph;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// A mutation's <c>input</c>, checked for personal identifiers before anything else happens: a hit
/// rejects the whole mutation, naming the field and the kind of identifier, never the value.
/// Typed readers name the field in every refusal.
/// </summary>
public sealed class MutationInput
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    private MutationInput(IReadOnlyDictionary<string, object?> values) => _values = values;

    public static MutationInput From(IResolveFieldContext context)
    {
        var values = context.GetArgument<Dictionary<string, object?>>("input");
        PersonalDataGuard.EnsureClean(TextFields(values, "input"));
        return new MutationInput(values);
    }

    public bool Has(string name) => _values.TryGetValue(name, out var value) && value is not null;

    /// <summary>True when the caller sent the field, even as null (which clears an optional property).</summary>
    public bool Present(string name) => _values.ContainsKey(name);

    public Enum? RawEnum(string name) => _values.TryGetValue(name, out var value) ? value as Enum : null;

    public IReadOnlyList<Enum> RawEnums(string name) =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<Enum>().Distinct()] : [];

    public DateTimeOffset? RawInstant(string name) => InputInstants.From(_values.GetValueOrDefault(name));

    public string Text(string name, int maxLength = 200) =>
        OptionalText(name, maxLength) ?? throw UserError.BadInput($"'input.{name}' is required and must not be blank.");

    public string? OptionalText(string name, int maxLength = 200)
    {
        var text = (_values.TryGetValue(name, out var value) ? value as string : null)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        return text.Length <= maxLength
            ? text
            : throw UserError.BadInput($"'input.{name}' holds {text.Length} characters; at most {maxLength} are allowed.");
    }

    public string Id(string name) => OptionalId(name) ?? throw UserError.BadInput($"'input.{name}' is required.");

    public string? OptionalId(string name)
    {
        var id = _values.TryGetValue(name, out var value) ? value as string : null;
        if (id is null)
        {
            return null;
        }
        return Slug.IsValid(id) ? id : throw UserError.BadInput($"'input.{name}' must be a node id: a lowercase kebab-case slug.");
    }

    public IReadOnlyList<string> Ids(string name) =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> items
            ? [.. items.Select(item => item as string is { } id && Slug.IsValid(id)
                ? id
                : throw UserError.BadInput($"'input.{name}' must hold node ids: lowercase kebab-case slugs.")).Distinct()]
            : [];

    public T Enum<T>(string name) where T : struct, System.Enum =>
        OptionalEnum<T>(name) ?? throw UserError.BadInput($"'input.{name}' is required.");

    public T? OptionalEnum<T>(string name) where T : struct, System.Enum =>
        _values.TryGetValue(name, out var value) && value is T typed ? typed : null;

    public IReadOnlyList<T> Enums<T>(string name) where T : struct, System.Enum =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? [.. items.OfType<T>().Distinct()] : [];

    public long? OptionalLong(string name) =>
        _values.TryGetValue(name, out var value) && value is not null ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public bool Bool(string name, bool fallback = false) => _values.TryGetValue(name, out var value) && value is bool flag ? flag : fallback;

    /// <summary>A calendar date written yyyy-MM-dd (the Date scalar has already checked its shape).</summary>
    public string? OptionalDate(string name) => _values.TryGetValue(name, out var value) ? value as string : null;

    public IReadOnlyList<MutationInput> Objects(string name) =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> items
            ? [.. items.OfType<IDictionary<string, object?>>().Select(item => new MutationInput(item.AsReadOnly()))]
            : [];

    /// <summary>A nested input object, or null when absent.</summary>
    public MutationInput? Object(string name) =>
        _values.TryGetValue(name, out var value) && value is IDictionary<string, object?> map ? new MutationInput(map.AsReadOnly()) : null;

    /// <summary>An id inside nested objects ("policyChange.adoptedBy"), or null when any step is absent.</summary>
    public string? NestedId(string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? OptionalId(path) : Object(path[..dot])?.NestedId(path[(dot + 1)..]);
    }

    /// <summary>The same input with a default filled in (values the server supplies need no personal-data check).</summary>
    public MutationInput With(string name, object? value) =>
        new(new Dictionary<string, object?>(_values) { [name] = value });

    public IReadOnlyList<SourceRef> Sources(string name = "sources") =>
        [.. Objects(name).Select(source => new SourceRef(source.Text("title"), source.OptionalText("url", 2000), source.OptionalText("locator")))];

    private static IEnumerable<(string Field, string? Text)> TextFields(object? value, string path) => value switch
    {
        string text => [(path, text)],
        IDictionary<string, object?> map => map.SelectMany(entry => TextFields(entry.Value, $"{path}.{entry.Key}")),
        IEnumerable<object?> list => list.SelectMany((item, index) => TextFields(item, $"{path}[{index}]")),
        _ => [],
    };
}
