using Microsoft.Extensions.Options;

namespace NetworkGraph.Api.Hosting;

/// <summary>Checks the provider's name and, when it is Neo4j, the <c>Neo4j</c> section: every problem names its setting.</summary>
public sealed class StoreOptionsValidator(IOptions<Neo4jSettings> neo4j) : IValidateOptions<StoreOptions>
{
    public ValidateOptionsResult Validate(string? name, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.UsesSqlite)
        {
            return ValidateOptionsResult.Success;
        }
        if (!options.UsesNeo4j)
        {
            return ValidateOptionsResult.Fail(
                $"Store:Provider must be '{StoreOptions.SqliteProvider}' or '{StoreOptions.Neo4jProvider}' (got '{options.Provider}').");
        }
        var problems = neo4j.Value.Read().Problems;
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
