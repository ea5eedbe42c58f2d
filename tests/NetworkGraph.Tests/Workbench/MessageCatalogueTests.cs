using System.Text.Json;
using System.Text.RegularExpressions;
using NetworkGraph.Tests.Support;

namespace NetworkGraph.Tests.Workbench;

/// <summary>
/// The workbench's words live in one catalogue per language (web/src/i18n/&lt;lang&gt;.json). A page offers the languages
/// of its &lt;html data-languages&gt;; every key its HTML and scripts use must be in each of them, and no text may be
/// written into a page or a script past the catalogues.
/// </summary>
public sealed partial class MessageCatalogueTests
{
    private static readonly string _source = Path.Combine(RepositoryPaths.Root, "web", "src");

    private static readonly string[] _pluralForms = ["zero", "one", "two", "few", "many", "other"];

    private static readonly Dictionary<string, Dictionary<string, string>> _catalogues = Directory
        .GetFiles(Path.Combine(_source, "i18n"), "*.json")
        .ToDictionary(path => Path.GetFileNameWithoutExtension(path), path => JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!);

    private static Dictionary<string, string> English => _catalogues["en"];

    public static TheoryData<string> Pages => [.. Directory.GetFiles(_source, "*.html").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void every_key_a_page_uses_is_in_each_of_its_languages(string page)
    {
        var (keys, prefixes) = References(page);
        var missing = new List<string>();
        foreach (var language in Languages(page))
        {
            Assert.True(_catalogues.TryGetValue(language, out var catalogue), $"{page} offers {language}, which has no catalogue.");
            missing.AddRange(keys.Where(key => !Has(catalogue!, key) && !Has(catalogue!, key + ".other")).Select(key => $"{language}: {key}"));
            missing.AddRange(prefixes.SelectMany(prefix => English.Keys.Where(key => key.StartsWith(prefix, StringComparison.Ordinal)))
                .Where(key => !Has(catalogue!, key)).Select(key => $"{language}: {key}"));
        }
        Assert.True(missing.Count == 0, $"{page} uses keys missing or empty in its languages:\n{string.Join('\n', missing.Distinct())}");
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void every_key_a_page_uses_is_in_the_english_catalogue(string page)
    {
        var (keys, prefixes) = References(page);

        var unknown = keys.Where(key => !English.ContainsKey(key) && !English.ContainsKey(key + ".other"))
            .Concat(prefixes.Where(prefix => !English.Keys.Any(key => key.StartsWith(prefix, StringComparison.Ordinal))).Select(prefix => prefix + "*"));
        Assert.Empty(unknown);
    }

    [Fact]
    public void no_catalogue_has_a_key_the_english_one_lacks_and_each_says_who_reviewed_it()
    {
        foreach (var (language, catalogue) in _catalogues)
        {
            var extra = catalogue.Keys.Where(key => key != "_review" && !English.ContainsKey(key) && !IsPluralFormOfEnglish(key));
            Assert.True(!extra.Any(), $"{language}.json has keys en.json lacks: {string.Join(", ", extra)}");
            Assert.True(catalogue.TryGetValue("_review", out var review) && review.Length > 0, $"{language}.json does not say whether a native speaker reviewed it (_review).");
            Assert.Empty(catalogue.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => $"{language}: {entry.Key}"));
        }
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void a_page_shows_no_text_of_its_own(string page)
    {
        var html = File.ReadAllText(Path.Combine(_source, page));

        var stripped = TagsAndCode().Replace(NotTranslated().Replace(Scripts().Replace(html, ""), ""), " ");
        var text = System.Net.WebUtility.HtmlDecode(stripped).Trim();
        Assert.True(text.Length == 0, $"{page} shows text outside the catalogues: {Regex.Replace(text, @"\s+", " ")}");
        Assert.Empty(LiteralAttribute().Matches(html).Select(match => match.Value));
    }

    /// <summary>The languages a page declares on its html element.</summary>
    private static string[] Languages(string page)
    {
        var match = DeclaredLanguages().Match(File.ReadAllText(Path.Combine(_source, page)));
        Assert.True(match.Success, $"{page} does not declare its languages (<html data-languages=\"...\">).");
        return match.Groups["languages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>
    /// The keys a page uses, from its HTML (data-i18n attributes) and from every script it loads, following their
    /// imports: each quoted literal shaped like a key is one (t('x'), tn('x', n) of x.one … x.other, or a choice between
    /// keys), and each template that starts like one (t(`common.level.${level}`)) uses every key of that prefix.
    /// </summary>
    private static (HashSet<string> Keys, HashSet<string> Prefixes) References(string page)
    {
        var html = File.ReadAllText(Path.Combine(_source, page));
        var keys = DataI18n().Matches(html).Select(match => match.Groups["key"].Value).ToHashSet(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var scripts = new Queue<string>(ModuleScript().Matches(html).Select(match => match.Groups["file"].Value));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (scripts.TryDequeue(out var script))
        {
            if (!seen.Add(script))
            {
                continue;
            }
            var code = File.ReadAllText(Path.Combine(_source, script));
            keys.UnionWith(KeyLiteral().Matches(code).Select(match => match.Groups["key"].Value));
            prefixes.UnionWith(KeyTemplate().Matches(code).Select(match => match.Groups["prefix"].Value));
            foreach (Match import in Import().Matches(code))
            {
                scripts.Enqueue(import.Groups["file"].Value);
            }
        }
        return (keys, prefixes);
    }

    private static bool Has(Dictionary<string, string> catalogue, string key) => catalogue.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text);

    /// <summary>A plural form English does not need (Arabic's zero, two, few, many) of a key English has.</summary>
    private static bool IsPluralFormOfEnglish(string key)
    {
        var dot = key.LastIndexOf('.');
        return dot > 0 && _pluralForms.Contains(key[(dot + 1)..]) && English.ContainsKey(key[..dot] + ".other");
    }

    [GeneratedRegex("""<html[^>]*\bdata-languages="(?<languages>[^"]*)""")]
    private static partial Regex DeclaredLanguages();

    [GeneratedRegex("""\bdata-i18n(?:-[a-z-]+)?="(?<key>[^"]+)""")]
    private static partial Regex DataI18n();

    [GeneratedRegex("""<script type="module" src="/(?<file>[\w.-]+\.js)""")]
    private static partial Regex ModuleScript();

    [GeneratedRegex("""from '\./(?<file>[\w.-]+\.js)'""")]
    private static partial Regex Import();

    [GeneratedRegex("""'(?<key>(?:common|map|ide|compare|import|ngo)\.[\w.]+)'""")]
    private static partial Regex KeyLiteral();

    [GeneratedRegex("""`(?<prefix>(?:common|map|ide|compare|import|ngo)\.[\w.]*)\$\{""")]
    private static partial Regex KeyTemplate();

    [GeneratedRegex("""<script\b.*?</script>|<style\b.*?</style>|<!--.*?-->""", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    /// <summary>Names and code, the same in every language, are marked translate="no".</summary>
    [GeneratedRegex("""<(?<tag>\w+)\b[^>]*\btranslate="no"[^>]*>.*?</\k<tag>>""", RegexOptions.Singleline)]
    private static partial Regex NotTranslated();

    [GeneratedRegex("""<[^>]*>""")]
    private static partial Regex TagsAndCode();

    [GeneratedRegex(@"\s(?:placeholder|aria-label|title|alt)=""[^""]*\p{L}[^""]*""")]
    private static partial Regex LiteralAttribute();
}
