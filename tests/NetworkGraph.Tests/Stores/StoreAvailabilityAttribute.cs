namespace NetworkGraph.Tests.Stores;

/// <summary>
/// Put on a contract subclass whose store may be missing on this machine (a server named by the
/// environment): when <see cref="SkipReason"/> is set, every inherited contract test reports skipped
/// with it. A class without it runs every test, as the SQLite contract does.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public abstract class StoreAvailabilityAttribute : Attribute
{
    /// <summary>Why the store cannot be tested here, or null when it can.</summary>
    public abstract string? SkipReason { get; }
}
