using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace NetworkGraph.Tests.Stores;

/// <summary>
/// xunit 2 reads a test's skip from the attribute on the method, which the contract declares once in the
/// abstract base; only a discoverer sees the concrete class a test runs in. These discoverers ask that
/// class's <see cref="StoreAvailabilityAttribute"/> and otherwise discover exactly as [Fact] and [Theory] do.
/// </summary>
public static class StoreTestDiscovery
{
    public static string? SkipReasonFor(ITestClass testClass) =>
        testClass.Class.ToRuntimeType()?.GetCustomAttribute<StoreAvailabilityAttribute>()?.SkipReason;

    public static IEnumerable<IXunitTestCase> Discover(
        IMessageSink diagnosticMessageSink,
        ITestFrameworkDiscoveryOptions discoveryOptions,
        ITestMethod testMethod,
        Func<IEnumerable<IXunitTestCase>> discoverAsUsual) =>
        SkipReasonFor(testMethod.TestClass) is null
            ? discoverAsUsual()
            :
            [
                new UnavailableStoreTestCase(
                    diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod),
            ];
}

public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly FactDiscoverer _fact = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        StoreTestDiscovery.Discover(
            diagnosticMessageSink, discoveryOptions, testMethod, () => _fact.Discover(discoveryOptions, testMethod, factAttribute));
}

public sealed class StoreTheoryDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    private readonly TheoryDiscoverer _theory = new(diagnosticMessageSink);

    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        StoreTestDiscovery.Discover(
            diagnosticMessageSink, discoveryOptions, testMethod, () => _theory.Discover(discoveryOptions, testMethod, theoryAttribute));
}

/// <summary>
/// One skipped case per contract test (a theory's data is not enumerated): the reason is read again
/// from the class whenever the case is rebuilt, so it survives the runner's serialisation.
/// </summary>
public sealed class UnavailableStoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public UnavailableStoreTestCase()
    {
    }

    public UnavailableStoreTestCase(
        IMessageSink diagnosticMessageSink,
        TestMethodDisplay defaultMethodDisplay,
        TestMethodDisplayOptions defaultMethodDisplayOptions,
        ITestMethod testMethod)
        : base(diagnosticMessageSink, defaultMethodDisplay, defaultMethodDisplayOptions, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) =>
        StoreTestDiscovery.SkipReasonFor(TestMethod.TestClass) ?? base.GetSkipReason(factAttribute);
}
