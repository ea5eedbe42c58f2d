namespace NetworkGraph.Core.Analysis;

/// <summary>An argument of a graph question outside its allowed range; the message names the argument and the range.</summary>
public sealed class AnalysisInputException(string message) : Exception(message);
