namespace NetworkGraph.Tests.Browser;

/// <summary>A theory that drives Chromium: skipped without the browser on a developer's machine, as <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!File.Exists(BrowserFactAttribute.ChromiumPath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"No Chromium at {BrowserFactAttribute.ChromiumPath}: install Debian's 'chromium' package to run the browser tests.";
        }
    }
}
