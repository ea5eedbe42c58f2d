namespace NetworkGraph.Tests.Browser;

/// <summary>A theory that drives Chromium: skipped without the browser on a developer's machine, as <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserFactAttribute.SkipReason;
    }
}
