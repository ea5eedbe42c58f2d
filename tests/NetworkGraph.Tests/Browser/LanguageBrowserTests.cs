using System.Text.Json;
using System.Text.Json.Nodes;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Browser;

/// <summary>
/// Every workbench page in every language it offers, in a real Chromium (web/tests/languages.mjs): no script error,
/// no catalogue key or {placeholder} on screen, the right lang and dir, the picker, the Arabic NGO view mirrored, the
/// choice remembered, and the firewall's refusal explained in the page's language. A screenshot per page and language.
/// </summary>
public sealed class LanguageBrowserTests(LanguageBrowserTests.Session session) : IClassFixture<LanguageBrowserTests.Session>
{
    public sealed class Session : IAsyncLifetime
    {
        public WorkbenchSession Run { get; } = new("languages.mjs");

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Run.DisposeAsync();
    }

    public static TheoryData<string, string> PagesAndLanguages => new()
    {
        { "map", "en" }, { "map", "eu" }, { "map", "es" },
        { "ide", "en" }, { "ide", "eu" }, { "ide", "es" },
        { "compare", "en" }, { "compare", "eu" }, { "compare", "es" },
        { "import", "en" }, { "import", "eu" }, { "import", "es" },
        { "ngo", "en" }, { "ngo", "eu" }, { "ngo", "es" }, { "ngo", "fr" }, { "ngo", "ar" },
    };

    [BrowserTheory]
    [MemberData(nameof(PagesAndLanguages))]
    public async Task the_page_loads_in_the_language_with_no_error_and_no_untranslated_key(string page, string language)
    {
        var seen = Checked((await session.Run.RunAsync())["pages"]![page]![language], $"{page} in {language}");

        Assert.Empty(seen["problems"]!.AsArray().Select(problem => problem!.GetValue<string>()));
        Assert.Empty(seen["untranslated"]!.AsArray().Select(text => text!.GetValue<string>()));
        Assert.Equal(language, seen["lang"]!.GetValue<string>());
        Assert.Equal(language == "ar" ? "rtl" : "ltr", seen["dir"]!.GetValue<string>());
        Assert.Equal(language, seen["picker"]!["value"]!.GetValue<string>());
        Assert.Equal(Catalogue(language)["common.language"], seen["picker"]!["label"]!.GetValue<string>());
        Assert.Equal(Catalogue(language)[$"{(page == "ide" ? "ide" : page)}.pageTitle"], seen["title"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(WorkbenchSession.ScreenshotFolder, $"{page}-{language}.png")));
    }

    [BrowserFact]
    public async Task the_arabic_ngo_view_is_mirrored()
    {
        var output = await session.Run.RunAsync();
        var arabic = Checked(output["pages"]!["ngo"]!["ar"], "ngo in ar");
        var english = Checked(output["pages"]!["ngo"]!["en"], "ngo in en");

        Assert.Equal("rtl", arabic["direction"]!.GetValue<string>());
        Assert.True(arabic["brandRight"]!.GetValue<bool>(), "The brand should sit on the right of an Arabic page.");
        Assert.True(arabic["labelRight"]!.GetValue<bool>(), "The form's labels should start on the right of an Arabic page.");
        Assert.False(english["brandRight"]!.GetValue<bool>());
        Assert.False(english["labelRight"]!.GetValue<bool>());
        Assert.Equal(["English", "Euskara", "Español", "Français", "العربية"], arabic["picker"]!["options"]!.AsArray().Select(o => o!.GetValue<string>()));
    }

    [BrowserFact]
    public async Task a_language_chosen_in_the_address_or_the_picker_is_remembered()
    {
        var remembered = Checked((await session.Run.RunAsync())["remembered"], "remembered");

        Assert.Equal("eu", remembered["afterAddress"]!.GetValue<string>());
        Assert.Equal("es", remembered["picked"]!["lang"]!.GetValue<string>());
        Assert.Contains("lang=es", remembered["picked"]!["search"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("A draft kept across languages", remembered["picked"]!["draft"]!.GetValue<string>());
        Assert.Equal("es", remembered["afterPicker"]!.GetValue<string>());
    }

    [BrowserFact]
    public async Task the_firewall_refusal_is_explained_in_spanish_without_the_number()
    {
        var refusal = Checked((await session.Run.RunAsync())["refusal"], "refusal");
        var spanish = Catalogue("es");

        var text = refusal["text"]!.GetValue<string>();
        Assert.Equal("PERSONAL_DATA_REJECTED", refusal["code"]?.GetValue<string>());
        Assert.Contains(spanish["ngo.rejection.heading"], text, StringComparison.Ordinal);
        Assert.Contains(spanish["ngo.rejection.found"].Replace("{field}", spanish["ngo.fieldName.description"], StringComparison.Ordinal)
            .Replace("{kind}", spanish["ngo.personalData.DNI"], StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains(spanish["ngo.rejection.nothingStored"], text, StringComparison.Ordinal);
        Assert.DoesNotContain("12345678Z", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Catalogue(string language) => JsonSerializer.Deserialize<Dictionary<string, string>>(
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "web", "src", "i18n", $"{language}.json")))!;

    private static JsonNode Checked(JsonNode? scenario, string name)
    {
        var found = scenario ?? throw new Xunit.Sdk.XunitException($"The browser run has no '{name}' scenario.");
        return found["error"] is { } error ? throw new Xunit.Sdk.XunitException($"'{name}' failed in the browser:\n{error}") : found;
    }
}
