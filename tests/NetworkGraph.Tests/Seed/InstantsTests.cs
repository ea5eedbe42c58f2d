using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Seed;

/// <summary>The text every store writes for an instant: stores compare these texts, so the shape is pinned.</summary>
public sealed class InstantsTests
{
    [Fact]
    public void an_instant_is_written_in_utc_with_milliseconds_and_an_explicit_offset()
    {
        Assert.Equal("2026-11-29T05:55:59.724+00:00", Instants.Format(new DateTimeOffset(2026, 11, 29, 5, 55, 59, 724, TimeSpan.Zero)));
        Assert.Equal("2026-11-29T05:55:59.724+00:00", Instants.Format(new DateTimeOffset(2026, 11, 29, 6, 55, 59, 724, TimeSpan.FromHours(1))));
    }

    [Theory]
    [InlineData("2026-11-29T05:55:59.724+00:00")]
    [InlineData("2026-11-29T05:55:59.724Z")]
    [InlineData("2026-11-29T06:55:59.724+01:00")]
    [InlineData("2026-11-29T05:55:59.7240000+00:00")]
    public void the_written_shape_and_other_iso_8601_instants_with_an_offset_read_back_to_the_same_moment(string text)
    {
        Assert.True(Instants.TryParse(text, out var instant));
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 5, 55, 59, 724, TimeSpan.Zero), instant);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-11-29T05:55:59.724")]
    [InlineData("2026-11-29")]
    [InlineData("2026-13-29T05:55:59.724+00:00")]
    public void an_instant_without_an_offset_or_not_a_date_is_refused(string? text) =>
        Assert.False(Instants.TryParse(text, out _));
}
