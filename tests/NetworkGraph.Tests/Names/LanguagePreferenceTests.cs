using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Names;

namespace NetworkGraph.Tests.Names;

public sealed class LanguagePreferenceTests
{
    private static readonly LocalizedName[] _names =
    [
        new("es-ES", "Gobierno Vasco", true, new SourceRef("euskadi.eus", null, null)),
        new("eu", "Eusko Jaurlaritza", true, new SourceRef("euskadi.eus", null, null)),
    ];

    [Theory]
    [InlineData("fr;q=0.9, eu;q=0.95, es", "es,eu,fr")]
    [InlineData("en-gb;q=0.8, EN;q=0.8", "en-GB,en")]
    [InlineData("en_US, es_es;q=0.5", "en-US,es-ES")]
    [InlineData("eu;q=0, es;q=1.5, fr;q=abc, de", "de")]
    [InlineData("", "")]
    [InlineData("*", "")]
    public void a_header_is_read_best_quality_first_keeping_the_order_of_ties(string header, string expected) =>
        Assert.Equal(expected, LanguagePreference.Parse(header).Key);

    [Theory]
    [InlineData("eu", "Eusko Jaurlaritza")]
    [InlineData("eu-ES", "Eusko Jaurlaritza")]
    [InlineData("es", "Gobierno Vasco")]
    [InlineData("es-MX", "Gobierno Vasco")]
    [InlineData("fr, es", "Gobierno Vasco")]
    public void a_range_finds_the_same_tag_else_a_name_of_the_same_primary_language(string header, string expected) =>
        Assert.Equal(expected, LanguagePreference.Parse(header).Pick(_names)?.Text);

    [Fact]
    public void no_name_in_any_language_asked_leaves_the_default_name() =>
        Assert.Null(LanguagePreference.Parse("fr, de").Pick(_names));

    [Theory]
    [InlineData("""{"lang":"eu","text":"Eusko Jaurlaritza","official":true}""", "official but has no source")]
    [InlineData("""{"lang":"basque","text":"x","official":false}""", "not a BCP 47 language tag")]
    [InlineData("""{"lang":"eu","text":" ","official":false}""", "blank text")]
    [InlineData("not json", "is not a name")]
    public void a_stored_name_that_breaks_a_rule_is_a_problem(string entry, string problem) =>
        Assert.Contains(problem, LocalizedNames.Problem([entry]), StringComparison.Ordinal);

    [Fact]
    public void one_name_per_language_ignoring_case()
    {
        var entries = LocalizedNames.Encode([new("eu", "A", false), new("EU", "B", false)]);

        Assert.Contains("repeats the language 'eu'", LocalizedNames.Problem(entries), StringComparison.Ordinal);
    }

    [Fact]
    public void encoded_names_read_back_the_same_in_the_order_of_their_tags()
    {
        var entries = LocalizedNames.Encode(_names);

        Assert.Null(LocalizedNames.Problem(entries));
        Assert.Equal([_names[0], _names[1]], LocalizedNames.Read(new Dictionary<string, object?> { ["names"] = entries }));
    }
}
