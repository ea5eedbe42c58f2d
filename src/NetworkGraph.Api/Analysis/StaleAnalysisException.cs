namespace NetworkGraph.Api.Analysis;

/// <summary>No analysis as recent as a graph question's <c>minVersion</c> was ready within the wait (STALE_ANALYSIS).</summary>
public sealed class StaleAnalysisException(string message) : Exception(message);
