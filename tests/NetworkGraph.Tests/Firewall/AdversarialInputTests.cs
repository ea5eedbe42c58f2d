using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>
/// Texts of the largest size an input may have, built to make a backtracking pattern explode. The
/// guard's patterns are bounded, so each start position costs a bounded amount of work; these tests
/// run them to completion and check the answer (timing is measured in benchmarks, not asserted here).
/// </summary>
public sealed class AdversarialInputTests
{
    private const int Length = 10_000;

    public static TheoryData<string> AdversarialTexts() =>
    [
        Repeat("0123456789"),
        Repeat("1 "),
        Repeat("1."),
        Repeat("+1 "),
        Repeat("a"),
        Repeat("a."),
        Repeat("a@"),
        Repeat("a [at] "),
        Repeat("ab.cd-"),
        Repeat("ES00 "),
        Repeat("ES0000"),
        Repeat("X1234567"),
        Repeat("pasaporte "),
        Repeat("passport A1 "),
        Repeat("12.345.678 "),
        Repeat("612 34 "),
        new string('a', Length - 1) + "@",
        "a@" + Repeat("b.") + "1",
    ];

    [Theory]
    [MemberData(nameof(AdversarialTexts))]
    public void a_long_adversarial_text_without_an_identifier_scans_clean(string text) =>
        Assert.Empty(PersonalDataGuard.ScanAll([("description", text)]));

    [Theory]
    [MemberData(nameof(AdversarialTexts))]
    public void an_identifier_at_the_end_of_a_long_adversarial_text_is_still_found(string text) =>
        Assert.Equal(
            new PersonalDataHit("description", PersonalIdentifierKind.Dni),
            PersonalDataGuard.Scan("description", text[..(Length - 20)] + " DNI 12345678Z"));

    private static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, (Length / unit.Length) + 1))[..Length];
}
