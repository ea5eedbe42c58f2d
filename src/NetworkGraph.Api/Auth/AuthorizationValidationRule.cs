using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Auth;

/// <summary>
/// Enforces <see cref="Access"/> on every field the selected operation (and the fragments it uses)
/// selects, before execution: a refused request runs nothing. GraphQL.NET only stores the metadata.
/// </summary>
public sealed class AuthorizationValidationRule(IOptions<AuthOptions> options) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        // One rule for the whole service; the caller is the one of the request being validated.
        var viewer = (context.RequestServices ?? throw new InvalidOperationException("Validation runs without the request's services."))
            .GetRequiredService<Viewer>();
        var selectedFragments = context.GetRecursivelyReferencedFragments(context.Operation)?.Select(f => f.FragmentName.Name.StringValue).ToHashSet() ?? [];
        var state = new VisitState();
        return new(new NodeVisitors(
            new MatchingNodeVisitor<GraphQLOperationDefinition>((operation, _) => state.Selected = operation == context.Operation),
            new MatchingNodeVisitor<GraphQLFragmentDefinition>((fragment, _) => state.Selected = selectedFragments.Contains(fragment.FragmentName.Name.StringValue)),
            new MatchingNodeVisitor<GraphQLField>(
                (field, validation) =>
                {
                    // Inside a refused field nothing more is reported: one refusal says it all.
                    if (!state.Selected || state.RefusedDepth > 0)
                    {
                        state.RefusedDepth += state.RefusedDepth > 0 ? 1 : 0;
                        return;
                    }
                    var definition = validation.TypeInfo.GetFieldDef();
                    var access = definition?.GetAccess() ?? validation.TypeInfo.GetParentType()?.GetNamedType().GetAccess();
                    var refusal = Check(viewer, access);
                    if (refusal is null)
                    {
                        return;
                    }
                    state.RefusedDepth = 1;
                    if (state.Reported.Add(field.Name.StringValue))
                    {
                        validation.ReportError(new ValidationError(validation.Document.Source, null, Message(viewer, field.Name.StringValue, access), field)
                        {
                            Code = refusal,
                        });
                    }
                },
                (_, _) =>
                {
                    if (state.RefusedDepth > 0)
                    {
                        state.RefusedDepth--;
                    }
                })));
    }

    /// <summary>Null when allowed; otherwise the error code.</summary>
    private string? Check(Viewer viewer, Access? access)
    {
        if (access is null)
        {
            if (viewer.Roles.Count > 0 || options.Value.AllowAnonymousRead)
            {
                return null;
            }
            return viewer.IsAuthenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated;
        }
        if (viewer.IsInRole([.. access.Roles]))
        {
            return null;
        }
        return viewer.IsAuthenticated ? ErrorCodes.Forbidden : ErrorCodes.Unauthenticated;
    }

    private static string Message(Viewer viewer, string field, Access? access) => access is null
        ? viewer.IsAuthenticated
            ? $"Reading '{field}' needs a token with one of the roles {string.Join(", ", Roles.All)}."
            : $"Reading '{field}' needs a bearer token: anonymous reading is off on this server."
        : viewer.IsAuthenticated
            ? $"'{field}' needs one of the roles {string.Join(", ", access.Roles)}."
            : $"'{field}' needs a bearer token with one of the roles {string.Join(", ", access.Roles)}.";

    private sealed class VisitState
    {
        public bool Selected { get; set; }

        /// <summary>How deep the visitor is inside a refused field; 0 outside any.</summary>
        public int RefusedDepth { get; set; }

        public HashSet<string> Reported { get; } = [];
    }
}
