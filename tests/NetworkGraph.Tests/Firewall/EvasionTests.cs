using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>Text is normalised before scanning, so look-alike characters and invisible ones do not hide an identifier.</summary>
public sealed class EvasionTests
{
    private const string Field = "note";

    [Theory]
    [InlineData("１２３４５６７８Ｚ", PersonalIdentifierKind.Dni)]
    [InlineData("1234\u200B5678\u200DZ", PersonalIdentifierKind.Dni)]
    [InlineData("12345\u00AD678Z", PersonalIdentifierKind.Dni)]
    [InlineData("\uFEFFX1234567L", PersonalIdentifierKind.Nie)]
    [InlineData("612\u00A0345\u00A0678", PersonalIdentifierKind.Phone)]
    [InlineData("612\u202F34\u202F56\u202F78", PersonalIdentifierKind.Phone)]
    [InlineData("612–345–678", PersonalIdentifierKind.Phone)]
    [InlineData("612 34\n56 78", PersonalIdentifierKind.Phone)]
    [InlineData("612  345   678", PersonalIdentifierKind.Phone)]
    [InlineData("٦١٢٣٤٥٦٧٨", PersonalIdentifierKind.Phone)]
    [InlineData("ana＠example．org", PersonalIdentifierKind.Email)]
    [InlineData("ａｎａ@ｅｘａｍｐｌｅ.ｏｒｇ", PersonalIdentifierKind.Email)]
    [InlineData("ＥＳ９１ ２１００ ０４１８ ４５０２ ０００５ １３３２", PersonalIdentifierKind.Iban)]
    [InlineData("ＰＡＡ１２３４５６", PersonalIdentifierKind.Passport)]
    [InlineData("𝟔𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", PersonalIdentifierKind.Phone)]
    [InlineData("⁶¹²³⁴⁵⁶⁷⁸", PersonalIdentifierKind.Phone)]
    [InlineData("612−345−678", PersonalIdentifierKind.Phone)]
    [InlineData("ana﹫example.org", PersonalIdentifierKind.Email)]
    [InlineData("𝐗1234567𝐋", PersonalIdentifierKind.Nie)]
    public void look_alike_and_invisible_characters_do_not_hide_an_identifier(string text, PersonalIdentifierKind kind) =>
        Assert.Equal(new PersonalDataHit(Field, kind), PersonalDataGuard.Scan(Field, text));
}
