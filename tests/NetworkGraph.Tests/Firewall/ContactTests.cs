using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>E-mail addresses, plain or obfuscated, and Spanish or international phone numbers in the forms people write.</summary>
public sealed class ContactTests
{
    private const string Field = "description";

    [Theory]
    [InlineData("Case of ana.perez@example.org")]
    [InlineData("ANA.PEREZ@EXAMPLE.ORG")]
    [InlineData("write to a+tag@sub.domain.eus today")]
    [InlineData("josé@correo.es")]
    [InlineData("<info@harreragune.eus>")]
    [InlineData("ana [at] example [dot] org")]
    [InlineData("ana(at)example(dot)org")]
    [InlineData("ana {at} example.org")]
    [InlineData("ana@example [dot] org")]
    [InlineData("ana [arroba] correo [punto] es")]
    public void an_email_address_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.Email), PersonalDataGuard.Scan(Field, text));

    [Theory]
    [InlineData("look at this dot com bubble")]
    [InlineData("follow @harreragune for news")]
    [InlineData("meet @ 10.00 in Bilbao")]
    [InlineData("user@localhost")]
    [InlineData("results (at) least in part")]
    public void at_signs_and_words_that_do_not_make_an_address_are_not_hits(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));

    [Theory]
    [InlineData("Call her on 612 34 56 78 for details.")]
    [InlineData("612345678")]
    [InlineData("612 345 678")]
    [InlineData("612-345-678")]
    [InlineData("612.34.56.78")]
    [InlineData("tel. 712345678")]
    [InlineData("fijo 94 412 34 56")]
    [InlineData("fijo 944 12 34 56")]
    [InlineData("912345678")]
    [InlineData("+34 612 345 678")]
    [InlineData("+34612345678")]
    [InlineData("+34-612-345-678")]
    [InlineData("0034 612 345 678")]
    [InlineData("(+34) 612 34 56 78")]
    [InlineData("+34 612.345.678")]
    [InlineData("34 612 345 678")]
    [InlineData("+49 30 1234567")]
    [InlineData("+1 (202) 555-0123")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("+212 6 12 34 56 78")]
    [InlineData("+33612345678")]
    [InlineData("móvil 612 345 678 944 123 456")]
    public void a_phone_number_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.Phone), PersonalDataGuard.Scan(Field, text));

    [Theory]
    [InlineData("2025-10-01")]
    [InlineData("15.000.000 €")]
    [InlineData("700.000.000 de euros")]
    [InlineData("600 000 000 €")]
    [InlineData("612 345 678,50")]
    [InlineData("+15.000.000")]
    [InlineData("+20%")]
    [InlineData("48001 Bilbao")]
    [InlineData("4,015 people")]
    [InlineData("512 345 678")]
    [InlineData("6123456789")]
    [InlineData("61234567")]
    [InlineData("+1234567")]
    [InlineData("+1234567890123456")]
    [InlineData("1 612 345 678 901")]
    [InlineData("expediente 2023/612345678")]
    [InlineData("€ 612 345 678")]
    public void years_dates_amounts_and_counts_are_not_phone_numbers(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));
}
