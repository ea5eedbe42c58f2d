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
        return _texts.Count < MaxTexts ? _texts.GetOrAdd(text, text) : text;
    }
}
