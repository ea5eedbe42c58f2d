using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>
/// The guard skips a pattern a text cannot match (no digit for the number patterns, no "@" or bracket for the e-mail's)
/// and copies nothing for plain ASCII; what it finds must not change for text on either side of those shortcuts.
/// </summary>
public sealed class ScanShortcutTests
{
    [Theory]
    [InlineData("Call 612 345 678 today", PersonalIdentifierKind.Phone)]
    [InlineData("Call\t612 345 678\ntoday", PersonalIdentifierKind.Phone)]
    [InlineData("  12345678Z  ", PersonalIdentifierKind.Dni)]
    [InlineData("DNI 12345678Z", PersonalIdentifierKind.Dni)]
    [InlineData("DNI １２３４５６７８Z", PersonalIdentifierKind.Dni)]
    [InlineData("DNI ١٢٣٤٥٦٧٨Z", PersonalIdentifierKind.Dni)]
    [InlineData("ana＠example.org", PersonalIdentifierKind.Email)]
    [InlineData("ana﹫example.org", PersonalIdentifierKind.Email)]
    [InlineData("ana [at] example [dot] org", PersonalIdentifierKind.Email)]
    [InlineData("ana\u200B@example.org", PersonalIdentifierKind.Email)]
    public void identifiers_are_found_whether_the_text_is_plain_ascii_or_not(string text, PersonalIdentifierKind kind)
    {
        Assert.Equal(kind, PersonalDataGuard.Scan("field", text)?.Kind);
    }

    [Theory]
    [InlineData("Bilbao City Council")]
    [InlineData("harreragune-coordination")]
    [InlineData("Servicio  Municipal de Urgencias Sociales")]
    [InlineData("Año 2024: 3.500 personas atendidas")]
    [InlineData("results (at) least in part")]
    public void text_without_identifiers_passes_on_either_path(string text)
    {
        Assert.Null(PersonalDataGuard.Scan("field", text));
    }
}
