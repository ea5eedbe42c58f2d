using GraphQL.Builders;

namespace NetworkGraph.Api.Auth;

/// <summary>
/// Who may select a field, kept as field or type metadata and enforced by
/// <see cref="AuthorizationValidationRule"/> before anything executes. Fields without it are
/// the public graph.
/// </summary>
public sealed record Access(IReadOnlyList<string> Roles)
{
    public const string MetadataKey = "networkgraph.access";

    /// <summary>Feedback items: every role may ask; what an NGO gets back is filtered to its own organisation.</summary>
    public static readonly Access FeedbackReaders = new([Auth.Roles.Reader, Auth.Roles.Ngo, Auth.Roles.Coordinator, Auth.Roles.Admin]);

    public static readonly Access Coordinators = new([Auth.Roles.Coordinator, Auth.Roles.Admin]);

    public static readonly Access Admins = new([Auth.Roles.Admin]);

    public static readonly Access Submitters = new([Auth.Roles.Ngo, Auth.Roles.Coordinator, Auth.Roles.Admin]);
}

public static class AccessExtensions
{
    public static FieldBuilder<TSource, TReturn> Requires<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Access access)
    {
        field.FieldType.WithMetadata(Access.MetadataKey, access);
        return field;
    }

    public static void Requires(this IGraphType type, Access access) => type.WithMetadata(Access.MetadataKey, access);

    public static Access? GetAccess(this IProvideMetadata provider) => provider.GetMetadata<Access?>(Access.MetadataKey);
}
