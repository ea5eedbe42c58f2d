namespace NetworkGraph.Benchmarks;

/// <summary>How the run went: optimised or not, when, how long, and how busy the machine was around it.</summary>
internal sealed record RunConditions(bool Optimised, DateTimeOffset Started, TimeSpan Elapsed, string LoadBefore, string LoadAfter);
