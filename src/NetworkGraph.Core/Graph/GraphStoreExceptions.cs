namespace NetworkGraph.Core.Graph;

/// <summary>Expected store failures; the API maps each to one error code.</summary>
public abstract class GraphStoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A stale expected version, an id taken twice, or a delete refused because others point to the node.</summary>
public sealed class GraphConflictException(string message) : GraphStoreException(message);

public sealed class GraphNotFoundException(string message) : GraphStoreException(message);

/// <summary>The store cannot be reached or did not answer in time.</summary>
public sealed class GraphUnavailableException(string message, Exception? inner = null) : GraphStoreException(message, inner);
