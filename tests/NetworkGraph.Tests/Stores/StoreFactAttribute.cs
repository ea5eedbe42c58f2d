using Xunit.Sdk;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// A contract test: a <c>[Fact]</c> that reports skipped, with the reason, when the test class carries a
/// <see cref="StoreAvailabilityAttribute"/> saying its store is not there (see <see cref="StoreTestDiscovery"/>).
/// </summary>
[XunitTestCaseDiscoverer("NetworkGraph.Tests.Stores.StoreFactDiscoverer", "NetworkGraph.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>The <c>[Theory]</c> counterpart of <see cref="StoreFactAttribute"/>.</summary>
[XunitTestCaseDiscoverer("NetworkGraph.Tests.Stores.StoreTheoryDiscoverer", "NetworkGraph.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreTheoryAttribute : TheoryAttribute;
