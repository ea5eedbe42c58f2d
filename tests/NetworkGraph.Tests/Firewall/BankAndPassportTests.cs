using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>IBANs count only when mod 97 holds (and Spanish ones have 24 characters); passports by shape and context.</summary>
public sealed class BankAndPassportTests
{
    private const string Field = "description";

    // Each moves its first four characters to the end, reads letters as 10..35 and leaves 1 mod 97:
    // ES91 2100 0418 4502 0005 1332 and ES79 2100 0813 6101 2345 6789 (Spain, 24),
    // DE89 3704 0044 0532 0130 00 (22), GB82 WEST 1234 5698 7654 32 (22), NL91 ABNA 0417 1643 00 (18),
    // FR14 2004 1010 0505 0001 3M02 606 (27).
    [Theory]
    [InlineData("Refund to ES91 2100 0418 4502 0005 1332 please.")]
    [InlineData("IBAN: ES9121000418450200051332")]
    [InlineData("es91 2100 0418 4502 0005 1332")]
    [InlineData("ES79 2100 0813 6101 2345 6789")]
    [InlineData("ES91-2100-0418-4502-0005-1332")]
    [InlineData("cuenta ES91 2100 0418 4502 0005 1332 y el resto en efectivo")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("GB82WEST12345698765432")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    public void an_iban_that_passes_mod_97_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.Iban), PersonalDataGuard.Scan(Field, text));

    // One changed digit breaks mod 97; a Spanish IBAN cut short or run long has the wrong length.
    [Theory]
    [InlineData("ES92 2100 0418 4502 0005 1332")]
    [InlineData("ES91 2100 0418 4502 0005 1333")]
    [InlineData("DE88 3704 0044 0532 0130 00")]
    [InlineData("GB82 WEST 1234 5698 7654 33")]
    [InlineData("ES91 2100 0418 4502 0005 133")]
    [InlineData("XES9121000418450200051332")]
    public void an_iban_shape_that_fails_mod_97_or_the_spanish_length_is_not_a_hit(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));

    [Theory]
    [InlineData("Pasaporte PAA123456")]
    [InlineData("paa123456")]
    [InlineData("(XDA654321)")]
    [InlineData("passport AB1234567")]
    [InlineData("Passport number: A12345678")]
    [InlineData("pasaporte nº X1234567")]
    [InlineData("Pasaporte n.º: AB 123456")]
    [InlineData("passeport 12 AB987654")]
    [InlineData("Reisepass C01234567")]
    [InlineData("pasaportea: K1234567")]
    public void a_passport_number_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.Passport), PersonalDataGuard.Scan(Field, text));

    [Theory]
    [InlineData("AB1234567")]
    [InlineData("code A12345678 in the ledger")]
    [InlineData("passport office opened in the old town and later moved; file AB1234567")]
    [InlineData("passport AB12345")]
    [InlineData("COVID19")]
    [InlineData("H2020")]
    [InlineData("BOE-A-2020-4784")]
    [InlineData("CEST")]
    [InlineData("fb-abc123456")]
    [InlineData("fb-01jabc1234567890xyz")]
    [InlineData("ABCD123456")]
    [InlineData("PAA1234567")]
    public void an_ordinary_code_or_a_number_far_from_the_word_passport_is_not_a_hit(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));
}
