using System.Text.RegularExpressions;
using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>A refusal names fields and kinds in plain words and never carries the value or any part of it.</summary>
public sealed partial class RejectionTests
{
    [Fact]
    public void the_message_names_the_field_and_the_kind_in_plain_words()
    {
        var rejection = Assert.Throws<PersonalDataRejectedException>(() =>
            PersonalDataGuard.EnsureClean([("description", "The client with DNI 12345678Z was turned away.")]));

        Assert.Equal(
            "The field 'description' holds what looks like a Spanish DNI number. Personal identifiers cannot be stored: remove it and send again.",
            rejection.Message);
        Assert.Equal([new PersonalDataHit("description", PersonalIdentifierKind.Dni)], rejection.Hits);
    }

    [Fact]
    public void every_field_and_kind_is_named_once_and_clean_fields_are_not()
    {
        var rejection = Assert.Throws<PersonalDataRejectedException>(() => PersonalDataGuard.EnsureClean(
        [
            ("title", "Write to ana@example.org or call 612 345 678"),
            ("summary", "Decreto 67/2023 (9 May, BOPV 95 of 22/05/2023)"),
            ("notes", null),
            ("description", "NIE X1234567L"),
        ]));

        Assert.Equal(
            "The field 'title' holds what looks like an e-mail address and a phone number. "
            + "The field 'description' holds what looks like a Spanish NIE number. "
            + "Personal identifiers cannot be stored: remove them and send again.",
            rejection.Message);
        Assert.Equal(
            [
                new PersonalDataHit("title", PersonalIdentifierKind.Email),
                new PersonalDataHit("title", PersonalIdentifierKind.Phone),
                new PersonalDataHit("description", PersonalIdentifierKind.Nie),
            ],
            rejection.Hits);
    }

    [Fact]
    public void scan_reports_the_first_kind_in_the_fixed_order()
    {
        var hit = PersonalDataGuard.Scan("description", "call 612 345 678, mail ana@example.org, DNI 12345678Z");

        Assert.Equal(new PersonalDataHit("description", PersonalIdentifierKind.Dni), hit);
    }

    [Fact]
    public void clean_input_passes()
    {
        PersonalDataGuard.EnsureClean([("title", "Harreragune year 1: 4,015 people"), ("description", ""), ("note", null)]);

        Assert.Null(PersonalDataGuard.Scan("title", null));
    }

    [Theory]
    [InlineData("12.345.678-Z")]
    [InlineData("X1234567L")]
    [InlineData("28/12345678/40")]
    [InlineData("ES91 2100 0418 4502 0005 1332")]
    [InlineData("PAA123456")]
    [InlineData("ana.perez.1984@example.org")]
    [InlineData("+34 612 34 56 78")]
    public void neither_the_message_nor_the_hit_holds_the_value_or_any_digit_run_of_it(string value)
    {
        var rejection = Assert.Throws<PersonalDataRejectedException>(() =>
            PersonalDataGuard.EnsureClean([("description", $"Details: {value} (from the intake form)")]));

        var exposed = string.Join('\n', [rejection.Message, rejection.ToString(), .. rejection.Hits.Select(hit => hit.ToString())]);
        Assert.DoesNotContain(value, exposed, StringComparison.OrdinalIgnoreCase);
        Assert.All(DigitRun().Matches(value), run => Assert.DoesNotContain(run.Value, exposed, StringComparison.Ordinal));
        Assert.DoesNotMatch(DigitRun(), rejection.Message);
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex DigitRun();
}
