using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>DNI, NIE and social security numbers count only with a correct check letter or control digits.</summary>
public sealed class IdentityDocumentTests
{
    private const string Field = "description";

    // DNI letter = "TRWAGMYFPDXBNJZSQVHLCKE"[number % 23]:
    // 12345678 % 23 = 14 -> Z; 87654321 % 23 = 10 -> X; 11111111 % 23 = 18 -> H.
    [Theory]
    [InlineData("El cliente con DNI 12345678Z fue atendido.")]
    [InlineData("dni: 12345678z")]
    [InlineData("DNI 12.345.678-Z en la ficha")]
    [InlineData("DNI 12345678 Z")]
    [InlineData("DNI 12345678-Z")]
    [InlineData("12 345 678 Z")]
    [InlineData("(87654321X)")]
    [InlineData("11111111H")]
    public void a_dni_with_its_check_letter_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.Dni), PersonalDataGuard.Scan(Field, text));

    // Wrong check letters are not hits (the guard's documented choice), nor are near shapes.
    [Theory]
    [InlineData("DNI 12345678A")]
    [InlineData("DNI 12.345.678-B")]
    [InlineData("87654321Z")]
    [InlineData("123456789Z")]
    [InlineData("1234567Z")]
    [InlineData("A12345678Z")]
    [InlineData("12345678ZZ")]
    [InlineData("12.345.678 z")]
    [InlineData("12.345.678 y 5.000 euros")]
    public void a_dni_shape_with_a_wrong_check_letter_or_a_near_shape_is_not_a_hit(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));

    // NIE: X, Y, Z stand for 0, 1, 2 before the seven digits:
    // X1234567 -> 01234567 % 23 = 19 -> L; Y1234567 -> 11234567 % 23 = 10 -> X;
    // Z1234567 -> 21234567 % 23 = 1 -> R; X7654321 -> 07654321 % 23 = 13 -> J.
    [Theory]
    [InlineData("NIE X1234567L on file")]
    [InlineData("nie x1234567l")]
    [InlineData("Y1234567X")]
    [InlineData("Z1234567R")]
    [InlineData("X-7654321-J")]
    [InlineData("X 1234567 L")]
    public void a_nie_with_its_check_letter_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.Nie), PersonalDataGuard.Scan(Field, text));

    [Theory]
    [InlineData("NIE X1234567A")]
    [InlineData("Y1234567L")]
    [InlineData("Z1234567X")]
    [InlineData("W1234567L")]
    [InlineData("X123456L")]
    [InlineData("AX1234567L")]
    public void a_nie_shape_with_a_wrong_check_letter_or_prefix_is_not_a_hit(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));

    // NAF a/b/c: d = a*10^8 + b when b >= 10^7, else a*10^7 + b; valid when d % 97 == c.
    // 28/12345678: 2812345678 % 97 = 40. 48/01234567 (b < 10^7): 481234567 % 97 = 10.
    // 01/23456789: 123456789 % 97 = 39. 08/87654321: 887654321 % 97 = 46.
    [Theory]
    [InlineData("NUSS 28/12345678/40")]
    [InlineData("281234567840")]
    [InlineData("28 12345678 40")]
    [InlineData("28-12345678-40")]
    [InlineData("afiliación 48/01234567/10")]
    [InlineData("01 23456789 39")]
    [InlineData("08/87654321/46")]
    public void a_social_security_number_with_its_control_digits_is_a_hit(string text) =>
        Assert.Equal(new PersonalDataHit(Field, PersonalIdentifierKind.SocialSecurityNumber), PersonalDataGuard.Scan(Field, text));

    // 00/12345678/03 passes mod 97 (12345678 % 97 = 3) but 00 is no province.
    [Theory]
    [InlineData("NUSS 28/12345678/41")]
    [InlineData("281234567839")]
    [InlineData("48/01234567/11")]
    [InlineData("00/12345678/03")]
    [InlineData("2812345678401")]
    public void a_social_security_shape_with_wrong_control_digits_is_not_a_hit(string text) =>
        Assert.Null(PersonalDataGuard.Scan(Field, text));
}
