namespace NetworkGraph.Api.Analysis;

/// <summary>
/// The day a request counts as today (the UTC date, read once): the default <c>asOf</c> of its graph questions and
/// relation fields, and part of its ETag and of its key in the result cache, so no answer of yesterday is served today.
/// </summary>
public sealed class RequestDate(TimeProvider time)
{
    private readonly Lazy<DateOnly> _today = new(() => Validity.Today(time));

    public DateOnly Today => _today.Value;
}
