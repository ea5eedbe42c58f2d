using System.Security.Claims;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using NetworkGraph.Api.Limits;
using NetworkGraph.Api.Mutations;

namespace NetworkGraph.Api.Execution;

/// <summary>
/// Runs an admitted request with GraphQL.NET's executer and stock validator. A document already validated for the
/// caller's access profile gets the cached rule list (and, for a query, its last validation result for the same
/// variables); one that validates now is remembered for that profile. A live transport passes the event a
/// subscription's selection runs on as <c>root</c>, and its own user context.
/// </summary>
public sealed class GraphQLExecutor(
    ISchema schema,
    IDocumentExecuter executer,
    ValidationRules rules,
    ExceptionMapping exceptions,
    ResultErrors errors,
    IOptions<LimitsOptions> limits)
{
    public async Task<ExecutionResult> ExecuteAsync(
        AdmittedRequest admitted, ClaimsPrincipal user, IServiceProvider requestServices, CancellationToken cancellationToken,
        object? root = null, IDictionary<string, object?>? userContext = null)
    {
        var (request, document, operation) = admitted;
        var profile = requestServices.GetRequiredService<Viewer>().AccessProfile;
        var validated = operation?.ValidatedFor(profile) == true;
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Schema = schema,
            Query = request.Query,
            Document = document.Document,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            ValidationRules = validated ? rules.ForValidated(document) : rules.All,
            Root = root,
            UserContext = userContext ?? (validated && operation!.Definition.Operation == OperationType.Query
                ? new RecallableValidation(operation, profile)
                : new Dictionary<string, object?>()),
            Timeout = limits.Value.ExecutionTimeout,
            UnhandledExceptionDelegate = exceptions.HandleAsync,
            RequestServices = requestServices,
            User = user,
            CancellationToken = cancellationToken,
        });
        if (!validated && result.Executed)
        {
            operation?.RememberValidated(profile);
        }
        if (requestServices.GetService<AuditedWriter>()?.WrittenVersion is { } written)
        {
            // What a client that must see its own write passes as a graph question's minVersion.
            result.Extensions ??= new Dictionary<string, object?>();
            result.Extensions["graphVersion"] = written;
        }
        return errors.Rewrite(result);
    }
}
