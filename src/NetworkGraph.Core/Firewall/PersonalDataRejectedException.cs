namespace NetworkGraph.Core.Firewall;

/// <summary>
/// A mutation's free text held personal identifiers, so none of it is stored. The message names
/// fields and kinds only; the values never reach it, so it is safe to return and to log.
/// </summary>
public sealed class PersonalDataRejectedException(IReadOnlyList<PersonalDataHit> hits) : Exception(Describe(hits))
{
    public IReadOnlyList<PersonalDataHit> Hits { get; } = hits;

    private static string Describe(IReadOnlyList<PersonalDataHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        var sentences = hits
            .GroupBy(hit => hit.Field, StringComparer.Ordinal)
            .Select(field => $"The field '{field.Key}' holds what looks like {JoinKinds([.. field.Select(hit => hit.Kind).Distinct()])}.");
        var remedy = hits.Count == 1 ? "remove it" : "remove them";
        return $"{string.Join(' ', sentences)} Personal identifiers cannot be stored: {remedy} and send again.";
    }

    private static string JoinKinds(IReadOnlyList<PersonalIdentifierKind> kinds) => kinds.Count == 1
        ? kinds[0].Describe()
        : $"{string.Join(", ", kinds.Take(kinds.Count - 1).Select(kind => kind.Describe()))} and {kinds[^1].Describe()}";
}
