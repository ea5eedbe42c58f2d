namespace NetworkGraph.Core.Graph;

/// <summary>Where a fact comes from: a report section, a decree, a news item.</summary>
public sealed record SourceRef(string Title, string? Url, string? Locator);
