using System.Security.Cryptography;
using System.Text;
using NetworkGraph.Core.Analysis;

namespace NetworkGraph.Api.Analysis;

/// <summary>
/// Broker rankings restricted to some kinds of link or to a territory, for the scopes readers asked about lately. The
/// first ask of a scope ranks it on the request path; from then on <see cref="AnalysisBuilder"/> ranks it again after
/// each new analysis, beside the ranking over every link, and readers answer from the newest one kept. A scope not
/// asked for <see cref="ForgetAfter"/>, or beyond the <see cref="MaxScopes"/> most recently asked, is no longer kept.
/// </summary>
public sealed class RestrictedRankings(LatestAnalysis latest, TimeProvider time)
{
    public const int MaxScopes = 16;

    public static readonly TimeSpan ForgetAfter = TimeSpan.FromMinutes(10);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Kept> _kept = new(StringComparer.Ordinal);
    private long _rankedOnRequest;
    private string _fingerprint = "";

    /// <summary>How many rankings a request had to make itself (a first ask, or a <c>minVersion</c> the kept one missed).</summary>
    public long RankedOnRequest => Interlocked.Read(ref _rankedOnRequest);

    /// <summary>
    /// Names the rankings kept: their scopes and versions, hashed (empty when none is kept). It changes whenever a
    /// restricted answer may change, and means the same on every instance, so it can be part of an ETag.
    /// </summary>
    public string Fingerprint => Volatile.Read(ref _fingerprint);

    /// <summary>The newest ranking kept for <paramref name="scope"/>, if any; an ask keeps the scope wanted.</summary>
    public AnalysedBrokers? Asked(BrokerScope scope)
    {
        lock (_lock)
        {
            if (!_kept.TryGetValue(scope.Key, out var kept))
            {
                return null;
            }
            _kept[scope.Key] = kept with { LastAsked = time.GetUtcNow() };
            return kept.Ranking;
        }
    }

    /// <summary>Keeps a ranking a request made, so that the builder keeps the scope ranked from now on.</summary>
    public void RankedForRequest(BrokerScope scope, AnalysedBrokers ranking)
    {
        Interlocked.Increment(ref _rankedOnRequest);
        Offer(scope, ranking, asked: true);
    }

    /// <summary>For the builder: the scopes asked for lately, each with its newest ranking; older ones are forgotten.</summary>
    internal IReadOnlyList<(BrokerScope Scope, AnalysedBrokers Ranking)> Wanted()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            foreach (var key in _kept.Where(entry => now - entry.Value.LastAsked > ForgetAfter).Select(entry => entry.Key).ToList())
            {
                _kept.Remove(key);
            }
            Refingerprint();
            return [.. _kept.Values.Select(kept => (kept.Scope, kept.Ranking))];
        }
    }

    /// <summary>For the builder: a newer ranking of a scope it keeps.</summary>
    internal void Offer(BrokerScope scope, AnalysedBrokers ranking) => Offer(scope, ranking, asked: false);

    /// <summary>For the builder: a scope that can no longer be ranked (its territory is gone) is dropped.</summary>
    internal void Forget(BrokerScope scope)
    {
        lock (_lock)
        {
            _kept.Remove(scope.Key);
            Refingerprint();
        }
    }

    private void Offer(BrokerScope scope, AnalysedBrokers ranking, bool asked)
    {
        lock (_lock)
        {
            var known = _kept.TryGetValue(scope.Key, out var kept);
            if (!known && !asked)
            {
                return; // forgotten while it was being ranked
            }
            // A newer version, or the same one on a later day (dated links may have started or stopped).
            if (known && (kept!.Ranking.Version, kept.Ranking.Date).CompareTo((ranking.Version, ranking.Date)) >= 0)
            {
                return;
            }
            _kept[scope.Key] = new Kept(scope, ranking, asked || !known ? time.GetUtcNow() : kept!.LastAsked);
            if (_kept.Count > MaxScopes)
            {
                _kept.Remove(_kept.MinBy(entry => entry.Value.LastAsked).Key);
            }
            Refingerprint();
        }
        // Answers drawn from the rankings may change: cached ones must not outlive this.
        latest.Touch();
    }

    // Under the lock.
    private void Refingerprint()
    {
        var named = string.Join('\n', _kept.Values.OrderBy(kept => kept.Scope.Key, StringComparer.Ordinal).Select(kept => $"{kept.Scope.Key}={kept.Ranking.Version}@{kept.Ranking.Date:yyyyMMdd}"));
        Volatile.Write(ref _fingerprint, named.Length == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(named)).AsSpan(0, 6)));
    }

    private sealed record Kept(BrokerScope Scope, AnalysedBrokers Ranking, DateTimeOffset LastAsked);
}

/// <summary>What a restricted broker ranking is over: some kinds of link (null: every kind), and a territory or the whole graph.</summary>
public sealed class BrokerScope
{
    public BrokerScope(IReadOnlyCollection<LinkKind>? via, string? territory)
    {
        Via = via is null || via.Count == 0 ? null : [.. via.Distinct().Order()];
        Territory = territory;
        Key = $"{(Via is null ? "*" : string.Join(',', Via))} in {territory ?? "*"}";
    }

    public IReadOnlyList<LinkKind>? Via { get; }

    public string? Territory { get; }

    /// <summary>The same for every scope over the same kinds and territory, whatever order the kinds were given in.</summary>
    public string Key { get; }

    /// <summary>The ranking of this scope on <paramref name="analysis"/>.</summary>
    public AnalysedBrokers Rank(GraphAnalysis analysis, DateTimeOffset computedAt)
    {
        var scoped = analysis.Scoped(Territory);
        return AnalysedBrokers.Of(scoped, scoped.RankBrokers(Via), computedAt);
    }
}
