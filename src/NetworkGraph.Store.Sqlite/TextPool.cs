using System.Collections.Concurrent;

namespace NetworkGraph.Store.Sqlite;

/// <summary>
/// One instance of each short text read again and again: property names, and values such as a kind, a level or a
/// role. A whole graph read from the store repeats them in every record; keeping one copy of each is what makes a
/// large snapshot fit. Long texts (names, descriptions) are mostly unique and are not kept. Bounded: once full, a
/// text not yet pooled is returned as it is.
/// </summary>
internal sealed class TextPool
{
    public const int MaxLength = 32;
    public const int MaxTexts = 16_384;

    public static readonly TextPool Shared = new();

    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);
    private int _count;

    public string Of(string text)
    {
        if (text.Length > MaxLength)
        {
            return text;
        }
        if (_texts.TryGetValue(text, out var pooled))
        {
            return pooled;
        }
        // Counted apart: a concurrent dictionary's Count takes every one of its locks.
        if (Volatile.Read(ref _count) >= MaxTexts)
        {
            return text;
        }
        if (_texts.TryAdd(text, text))
        {
            Interlocked.Increment(ref _count);
            return text;
        }
        return _texts.TryGetValue(text, out pooled) ? pooled : text;
    }
}
