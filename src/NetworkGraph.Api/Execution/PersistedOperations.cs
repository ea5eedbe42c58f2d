using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Limits;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// Documents known by the SHA-256 of their text (lowercase hex): the deployed example operations, so
/// dashboards can call them by hash, and, where allowed, documents clients register by sending them with
/// their hash (Apollo's automatic persisted queries). A request names one with
/// <c>extensions.persistedQuery.sha256Hash</c> or <c>documentId: "sha256:..."</c>.
/// </summary>
public sealed partial class PersistedOperations
{
    public const string NotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string NotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";

    private readonly ConcurrentDictionary<string, string> _deployed = new(StringComparer.Ordinal);
    private readonly BoundedCache<string> _registered;
    private readonly bool _allowAutomatic;

    public PersistedOperations(IOptions<LimitsOptions> options, IHostEnvironment environment, ILogger<PersistedOperations> logger)
    {
        var settings = options.Value.PersistedOperations;
        _allowAutomatic = settings.AllowAutomaticPersistedQueries ?? environment.IsDevelopment();
        _registered = new BoundedCache<string>(settings.MaxAutomatic);
        var folder = Path.GetFullPath(settings.Directory, AppContext.BaseDirectory);
        if (!Directory.Exists(folder))
        {
            LogNoFolder(logger, folder);
            return;
        }
        foreach (var file in Directory.EnumerateFiles(folder, "*.graphql"))
        {
            var text = File.ReadAllText(file);
            _deployed[Hash(text)] = text;
        }
        LogRegistered(logger, _deployed.Count, folder);
    }

    public IReadOnlyDictionary<string, string> Deployed => _deployed;

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// The query the request stands for: its own text when it names no hash; the stored text when it names
    /// a known one; its own text, registered, when APQ is allowed and the text matches the hash.
    /// </summary>
    public string? Resolve(string? query, string? documentId, Inputs? extensions)
    {
        var hash = RequestedHash(documentId, extensions);
        if (hash is null)
        {
            return query;
        }
        if (query is null)
        {
            return _deployed.TryGetValue(hash, out var deployed) || _registered.TryGet(hash, out deployed)
                ? deployed
                : throw Refuse(_allowAutomatic ? NotFound : NotSupported,
                    _allowAutomatic ? "PersistedQueryNotFound: send the document with its hash to register it." : "PersistedQueryNotFound: this server knows no document with that hash and does not register new ones.");
        }
        if (!string.Equals(Hash(query), hash, StringComparison.Ordinal))
        {
            throw Refuse(ErrorCodes.BadRequest, "The document's SHA-256 does not match the hash sent with it.");
        }
        if (_allowAutomatic && !_deployed.ContainsKey(hash))
        {
            _registered.Set(hash, query);
        }
        return query;
    }

    private static string? RequestedHash(string? documentId, Inputs? extensions)
    {
        if (documentId is not null)
        {
            const string prefix = "sha256:";
            return documentId.StartsWith(prefix, StringComparison.Ordinal) && IsSha256(documentId[prefix.Length..])
                ? documentId[prefix.Length..]
                : throw Refuse(ErrorCodes.BadRequest, "'documentId' must be 'sha256:' followed by 64 lowercase hexadecimal digits.");
        }
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var persisted) || persisted is null)
        {
            return null;
        }
        return persisted is IReadOnlyDictionary<string, object?> fields && fields.TryGetValue("sha256Hash", out var value) && value is string hash && IsSha256(hash)
            ? hash
            : throw Refuse(ErrorCodes.BadRequest, "'extensions.persistedQuery.sha256Hash' must be 64 lowercase hexadecimal digits.");
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static RequestRefusedException Refuse(string code, string message) => new(new UserError(code, message));

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} persisted operations from {Folder}")]
    private static partial void LogRegistered(ILogger logger, int count, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No persisted operations: the folder {Folder} does not exist")]
    private static partial void LogNoFolder(ILogger logger, string folder);
}
