namespace NetworkGraph.Tests.Browser;

/// <summary>
/// A test that drives Debian's Chromium. Without the browser it is skipped on a developer's machine,
/// but in CI (env CI set) the browser must be there, so the test runs and fails instead.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        Skip = SkipReason;
    }

    /// <summary>Why a browser test is skipped here, or null when it runs (shared with <see cref="BrowserTheoryAttribute"/>).</summary>
    public static string? SkipReason =>
        !File.Exists(ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"No Chromium at {ChromiumPath}: install Debian's 'chromium' package (.ci/run does) to run the browser tests."
            : null;

    /// <summary>The browser to drive: env CHROMIUM_PATH, else Debian's.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : Chromium;
}
