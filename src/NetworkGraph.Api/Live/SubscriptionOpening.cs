namespace NetworkGraph.Api.Live;

/// <summary>
/// The user context of a subscription's opening: where a transport says from which cursor it resumes (an SSE
/// reconnect's Last-Event-ID), and where <see cref="SubscriptionOpeningStrategy"/> leaves what the operation asked for.
/// </summary>
public sealed class SubscriptionOpening(string? resumeAfter) : Dictionary<string, object?>
{
    /// <summary>A cursor the transport resumes from; it takes the place of the root field's <c>after</c>.</summary>
    public string? ResumeAfter { get; } = resumeAfter;

    /// <summary>What the stream follows, set when the opening succeeded.</summary>
    public LiveSubscriptionRequest? Request { get; set; }
}
