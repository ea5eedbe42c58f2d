namespace NetworkGraph.Tests.Support;

/// <summary>Dated links written through the API, for the tests of what the questions and exports make of them.</summary>
public static class DatedLinks
{
    /// <summary>Lanbide referred people to Peñascal in 2020 only: from 2020-01-01, until the day before 2021-01-01.</summary>
    public static Task<long> PutEndedReferralAsync(this NetworkGraphApp app) => app.WriteAsync("""
        mutation { putReferral(input: { fromId: "lanbide", toId: "penascal-cooperative", validFrom: "2020-01-01", validTo: "2021-01-01",
          sources: [{ title: "Test referral agreement" }] }) { id } }
        """);
}
