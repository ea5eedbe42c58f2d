using System.Text;
using NetworkGraph.Store.Sqlite;

namespace NetworkGraph.Tests.Stores;

/// <summary>The SQLite store keeps one copy of each short text it reads again and again, within a bound.</summary>
public sealed class TextPoolTests
{
    private static string Fresh(string text) => new StringBuilder(text).ToString();

    [Fact]
    public void a_short_text_read_twice_is_one_instance()
    {
        var pool = new TextPool();

        var first = pool.Of(Fresh("MUNICIPAL"));
        var second = pool.Of(Fresh("MUNICIPAL"));

        Assert.Same(first, second);
    }

    [Fact]
    public void a_long_text_is_not_kept()
    {
        var pool = new TextPool();
        var name = new string('a', TextPool.MaxLength + 1);

        Assert.NotSame(pool.Of(Fresh(name)), pool.Of(Fresh(name)));
    }

    [Fact]
    public void once_full_the_pool_returns_new_texts_as_they_are_and_keeps_the_ones_it_holds()
    {
        var pool = new TextPool();
        var kept = pool.Of(Fresh("kept"));
        for (var i = 0; i < TextPool.MaxTexts; i++)
        {
            pool.Of(Fresh($"t{i}"));
        }

        Assert.NotSame(pool.Of(Fresh("late")), pool.Of(Fresh("late")));
        Assert.Same(kept, pool.Of(Fresh("kept")));
    }
}
