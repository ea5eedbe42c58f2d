using System.Globalization;
using NetworkGraph.Core.Firewall;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Api.Mutations;

/// <summary>
/// Reads a mutation's <c>input</c> into its typed record. The whole input is checked for personal
/// identifiers before any field is read: a hit rejects the mutation, naming the field and the kind
/// of identifier, never the value. Each reader checks one field and names it in every refusal.
/// </summary>
public sealed class InputReader
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    private InputReader(IReadOnlyDictionary<string, object?> values) => _values = values;

    public static InputReader From(IResolveFieldContext context)
    {
        var values = context.GetArgument<Dictionary<string, object?>>("input");
        PersonalDataGuard.EnsureClean(TextFields(values, "input"));
        return new InputReader(values);
    }

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
        _values.TryGetValue(name, out var value) && value is T typed ? typed : throw UserError.BadInput($"'input.{name}' is required.");

    public long? OptionalLong(string name) =>
        _values.TryGetValue(name, out var value) && value is not null ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : null;

    public bool Bool(string name, bool fallback = false) => _values.TryGetValue(name, out var value) && value is bool flag ? flag : fallback;

    /// <summary>A calendar date written yyyy-MM-dd (the Date scalar has already checked its shape).</summary>
    public string Date(string name) =>
        (_values.TryGetValue(name, out var value) ? value as string : null) ?? throw UserError.BadInput($"'input.{name}' is required.");

    /// <summary>A date property as sent; null clears it.</summary>
    public string? OptionalDate(string name) => _values.TryGetValue(name, out var value) ? value as string : null;

    /// <summary>
    /// A nested input object, or null when absent. Its readers name fields as <c>'input.{name}'</c>,
    /// without the object's own name, so the refusals read as they did before the inputs were typed.
    /// </summary>
    public InputReader? Object(string name) =>
        _values.TryGetValue(name, out var value) && value is IDictionary<string, object?> map ? new InputReader(map.AsReadOnly()) : null;

    public IReadOnlyList<SourceRef> Sources(string name = "sources") =>
        _values.TryGetValue(name, out var value) && value is IEnumerable<object?> items
            ? [.. items.OfType<IDictionary<string, object?>>().Select(item => new InputReader(item.AsReadOnly()).Source())]
            : [];

    /// <summary>
    /// Names per language in their stored form (<see cref="LocalizedNames"/>); null, or none, clears them. A name the
    /// model refuses is refused here, naming its place in the list.
    /// </summary>
    public string[]? NamesPerLanguage(string name)
    {
        if (!_values.TryGetValue(name, out var value) || value is not IEnumerable<object?> items)
        {
            return null;
        }
        var names = items.OfType<IDictionary<string, object?>>().Select((item, index) =>
        {
            var reader = new InputReader(item.AsReadOnly());
            var source = reader.Object("source");
            var localized = new LocalizedName(
                reader.Text("lang", LanguageTag.MaxLength), reader.Text("text", LocalizedNames.MaxTextLength), reader.Bool("official"),
                source is null ? null : new SourceRef(source.OptionalText("title") ?? "", source.OptionalText("url", 2000), source.OptionalText("locator")));
            return LocalizedNames.ProblemOf(localized) is { } problem
                ? throw UserError.BadInput($"'input.{name}[{index}]' {problem}.")
                : localized;
        }).ToList();
        return names.Count == 0 ? null : LocalizedNames.Encode(names);
    }

    private SourceRef Source() => new(Text("title"), OptionalText("url", 2000), OptionalText("locator"));

    private static IEnumerable<(string Field, string? Text)> TextFields(object? value, string path) => value switch
    {
        string text => [(path, text)],
        IDictionary<string, object?> map => map.SelectMany(entry => TextFields(entry.Value, $"{path}.{entry.Key}")),
        IEnumerable<object?> list => list.SelectMany((item, index) => TextFields(item, $"{path}[{index}]")),
        _ => [],
    };
}
