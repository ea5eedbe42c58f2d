namespace NetworkGraph.Api.Hosting;

/// <summary>
/// Makes the configured store ready for use before the first request: its schema migrated, or its
/// constraints and indexes created. Safe to run on every start and from several instances at once.
/// </summary>
public interface IStoreInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
