using Microsoft.Extensions.Primitives;
using NetworkGraph.Core.Analysis;
using NetworkGraph.Core.Exports;

namespace NetworkGraph.Api.Exports;

/// <summary>
/// The query parameters of an export, with the meaning of the GraphQL arguments of the same names: <c>territory</c>
/// (the scope of the graph questions), <c>levels</c>, <c>kinds</c>, <c>themes</c>, <c>networks</c> (the institution
/// filter) and, for the coordination graph, <c>via</c>. Lists may be repeated or comma-separated. Anything else,
/// including an unknown parameter, is refused naming the parameter and the value.
/// </summary>
public sealed record ExportParameters(string? Territory, ExportFilter Filter)
{
    private static readonly string[] _graphParameters = ["territory", "levels", "kinds", "themes", "networks"];
    private static readonly string[] _coordinationParameters = [.. _graphParameters, "via"];

    public static ExportParameters Read(IQueryCollection query, ExportSource source)
    {
        var known = source == ExportSource.Coordination ? _coordinationParameters : _graphParameters;
        foreach (var name in query.Keys.Where(name => !known.Contains(name, StringComparer.OrdinalIgnoreCase)))
        {
            throw new ExportParameterException(name, query[name].ToString(), name == "via"
                ? "'via' chooses link kinds of the coordination graph; it applies to the coordination exports only."
                : $"'{name}' is not a parameter of this export; it takes {string.Join(", ", known)}.");
        }
        var territories = Values(query["territory"]);
        if (territories.Count > 1)
        {
            throw new ExportParameterException("territory", string.Join(',', territories), "'territory' takes one territory id.");
        }
        return new ExportParameters(
            territories.Count == 1 ? Id("territory", territories[0]) : null,
            new ExportFilter
            {
                Levels = Enums<GovernanceLevel>(query, "levels"),
                Kinds = Enums<ActorKind>(query, "kinds"),
                Themes = [.. Values(query["themes"]).Select(value => Id("themes", value))],
                Networks = [.. Values(query["networks"]).Select(value => Id("networks", value))],
                Via = source == ExportSource.Coordination ? Enums<LinkKind>(query, "via") : [],
            });
    }

    private static List<string> Values(StringValues values) =>
        [.. values.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];

    private static string Id(string parameter, string value) =>
        Slug.IsValid(value)
            ? value
            : throw new ExportParameterException(parameter, value, $"'{parameter}' holds '{value}', which is not a node id: ids are lowercase kebab-case slugs such as 'harreragune'.");

    private static List<T> Enums<T>(IQueryCollection query, string parameter) where T : struct, Enum =>
    [
        .. Values(query[parameter]).Select(value => ConstantCase.TryParse<T>(value, out var parsed)
            ? parsed
            : throw new ExportParameterException(parameter, value,
                $"'{parameter}' holds '{value}', which is none of the {typeof(T).Name} values {string.Join(", ", ConstantCase.Names<T>())}.")),
    ];
}

/// <summary>A query parameter an export cannot take: answered 400 with the parameter and the value.</summary>
public sealed class ExportParameterException(string parameter, string value, string message) : Exception(message)
{
    public string Parameter => parameter;

    public string Value => value;
}
