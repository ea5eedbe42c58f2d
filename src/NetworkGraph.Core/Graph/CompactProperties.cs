using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace NetworkGraph.Core.Graph;

/// <summary>
/// A record's properties as a store reads them back, in about a third of a dictionary's memory: the names in one array
/// shared by every record that has the same names in the same order, the values in another. A whole graph held for the
/// analysis is hundreds of thousands of records, and a dictionary each was the largest part of it
/// (docs/benchmarks.md, "Memory"). Read-only. A record has a few properties, so a name is found by a scan, which at
/// that size is as fast as hashing; past <see cref="MaxCompact"/> properties the record keeps a dictionary.
/// </summary>
public sealed class CompactProperties : IReadOnlyDictionary<string, object?>
{
    /// <summary>Records with more properties than this keep a dictionary.</summary>
    public const int MaxCompact = 16;

    /// <summary>The boxes of true and false, shared, since a graph holds a great many flags.</summary>
    public static readonly object True = true;

    /// <inheritdoc cref="True"/>
    public static readonly object False = false;

    private readonly string[] _names;
    private readonly object?[] _values;

    private CompactProperties(string[] names, object?[] values)
    {
        _names = names;
        _values = values;
    }

    /// <summary>
    /// The properties named <paramref name="names"/>, with <paramref name="values"/> in the same order. A name given
    /// twice keeps its last value, as a dictionary filled in that order would.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> Of(ReadOnlySpan<string> names, ReadOnlySpan<object?> values)
    {
        if (names.Length != values.Length)
        {
            throw new ArgumentException($"{names.Length} names for {values.Length} values", nameof(values));
        }
        if (names.IsEmpty)
        {
            return PropertyValues.Empty;
        }
        if (names.Length > MaxCompact || HasRepeatedName(names))
        {
            var properties = new Dictionary<string, object?>(names.Length, StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                properties[names[i]] = values[i];
            }
            return properties;
        }
        var kept = values.ToArray();
        for (var i = 0; i < kept.Length; i++)
        {
            if (kept[i] is bool flag)
            {
                kept[i] = Box(flag);
            }
        }
        return new CompactProperties(NameSets.Shared.Of(names), kept);
    }

    /// <summary>
    /// Collects one record's properties as a store reads them, then makes them (<see cref="Build"/>). One per thread,
    /// reused for every record: a whole graph read is hundreds of thousands of them.
    /// </summary>
    public sealed class Reading
    {
        [ThreadStatic]
        private static Reading? _current;

        private readonly List<string> _names = [];
        private readonly List<object?> _values = [];

        private Reading()
        {
        }

        /// <summary>This thread's, emptied: build one record before starting the next.</summary>
        public static Reading Start()
        {
            var reading = _current ??= new Reading();
            reading._names.Clear();
            reading._values.Clear();
            return reading;
        }

        public void Add(string name, object? value)
        {
            _names.Add(name);
            _values.Add(value);
        }

        public IReadOnlyDictionary<string, object?> Build() => Of(CollectionsMarshal.AsSpan(_names), CollectionsMarshal.AsSpan(_values));
    }

    /// <summary>The shared box of a flag's value.</summary>
    public static object Box(bool value) => value ? True : False;

    public int Count => _names.Length;

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no property '{key}'");

    public IEnumerable<string> Keys => _names;

    public IEnumerable<object?> Values => _values;

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _values[index] : null;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return new(_names[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var names = _names;
        for (var i = 0; i < names.Length; i++)
        {
            if (ReferenceEquals(names[i], key) || string.Equals(names[i], key, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool HasRepeatedName(ReadOnlySpan<string> names)
    {
        for (var i = 1; i < names.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[i], names[j], StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// One array for each list of names seen, found without allocating. Bounded: once full, a list not yet kept gets
    /// an array of its own (still compact, only not shared).
    /// </summary>
    private sealed class NameSets : IEqualityComparer<string[]>, IAlternateEqualityComparer<ReadOnlySpan<string>, string[]>
    {
        private const int MaxSets = 4_096;

        public static readonly NameSets Shared = new();

        private readonly ConcurrentDictionary<string[], string[]> _sets;
        private readonly ConcurrentDictionary<string[], string[]>.AlternateLookup<ReadOnlySpan<string>> _lookup;
        private int _count;

        private NameSets()
        {
            _sets = new(this);
            _lookup = _sets.GetAlternateLookup<ReadOnlySpan<string>>();
        }

        public string[] Of(ReadOnlySpan<string> names)
        {
            if (_lookup.TryGetValue(names, out var kept))
            {
                return kept;
            }
            var set = names.ToArray();
            // Counted apart: a concurrent dictionary's Count takes every one of its locks.
            if (Volatile.Read(ref _count) >= MaxSets)
            {
                return set;
            }
            kept = _sets.GetOrAdd(set, set);
            if (ReferenceEquals(kept, set))
            {
                Interlocked.Increment(ref _count);
            }
            return kept;
        }

        public bool Equals(string[]? x, string[]? y) => x is null ? y is null : y is not null && Equals(x.AsSpan(), y);

        public int GetHashCode(string[] names) => GetHashCode(names.AsSpan());

        public bool Equals(ReadOnlySpan<string> alternate, string[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<string> alternate)
        {
            var hash = new HashCode();
            foreach (var name in alternate)
            {
                hash.Add(name, StringComparer.Ordinal);
            }
            return hash.ToHashCode();
        }

        public string[] Create(ReadOnlySpan<string> alternate) => alternate.ToArray();
    }
}
