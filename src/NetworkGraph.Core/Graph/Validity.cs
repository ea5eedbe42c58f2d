namespace NetworkGraph.Core.Graph;

/// <summary>
/// When a relationship holds: from <c>validFrom</c> (inclusive; always when absent) to <c>validTo</c> (exclusive; still
/// holding when absent), both calendar dates. A relationship without either holds on every date. "Today" is the UTC date.
/// </summary>
public static class Validity
{
    public const string From = "validFrom";
    public const string To = "validTo";

    /// <summary>True when the relationship carries either date, so whether it counts depends on the date asked.</summary>
    public static bool IsDated(RelationshipRecord relationship) =>
        relationship.Properties.Count > 0 && (relationship.Properties.ContainsKey(From) || relationship.Properties.ContainsKey(To));

    public static DateOnly? ValidFrom(RelationshipRecord relationship) => Parse(relationship.GetString(From));

    public static DateOnly? ValidTo(RelationshipRecord relationship) => Parse(relationship.GetString(To));

    /// <summary>Whether the relationship holds on <paramref name="date"/>: <c>validFrom &lt;= date &lt; validTo</c>.</summary>
    public static bool HoldsOn(RelationshipRecord relationship, DateOnly date) =>
        !IsDated(relationship) || ((ValidFrom(relationship) is not { } from || from <= date) && (ValidTo(relationship) is not { } to || date < to));

    /// <summary>The UTC date at <paramref name="time"/>'s present.</summary>
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    public static string ToText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
