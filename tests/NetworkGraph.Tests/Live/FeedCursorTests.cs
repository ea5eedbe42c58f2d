using NetworkGraph.Api.Live;

namespace NetworkGraph.Tests.Live;

/// <summary>A cursor is an opaque position in the change feed: read back exactly, and never mistaken for text it was not.</summary>
public sealed class FeedCursorTests
{
    [Theory]
    [InlineData(0L, -1)]
    [InlineData(1L, 0)]
    [InlineData(123_456_789_012L, 7)]
    [InlineData(long.MaxValue, int.MaxValue)]
    public void a_cursor_reads_back_as_the_position_it_was_given_for(long version, int ordinal)
    {
        var cursor = new FeedCursor(version, ordinal);

        Assert.True(FeedCursor.TryParse(cursor.Text, out var read));
        Assert.Equal(cursor, read);
    }

    [Fact]
    public void a_cursor_says_nothing_readable_about_its_position()
    {
        var text = new FeedCursor(42, 0).Text;

        Assert.DoesNotContain("42", text, StringComparison.Ordinal);
        Assert.Matches("^[A-Za-z0-9_-]+$", text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("forged")]
    [InlineData("not a cursor at all, with spaces")]
    [InlineData("AAAAAAAAAAEAAAAAAAAAAA")]
    [InlineData("AAAAAAAAAAIAAAAAyzDJ_w==")]
    [InlineData("////////////////////////////////////////")]
    public void text_no_cursor_could_have_is_refused(string text) =>
        Assert.False(FeedCursor.TryParse(text, out _));

    [Fact]
    public void a_cursor_changed_by_one_character_is_refused()
    {
        var text = new FeedCursor(2, 0).Text;
        var altered = (text[10] == 'A' ? 'B' : 'A') + "";

        Assert.False(FeedCursor.TryParse(text[..10] + altered + text[11..], out _));
    }

    [Fact]
    public void cursors_order_by_commit_then_by_place_in_the_batch()
    {
        Assert.True(new FeedCursor(2, 0) < new FeedCursor(2, 1));
        Assert.True(new FeedCursor(2, 5) < new FeedCursor(3, 0));
        Assert.True(FeedCursor.Start < new FeedCursor(0, 0));
    }
}
