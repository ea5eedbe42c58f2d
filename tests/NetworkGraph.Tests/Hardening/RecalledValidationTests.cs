using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Validation;
using GraphQLParser;
using NetworkGraph.Api.Execution;

namespace NetworkGraph.Tests.Hardening;

/// <summary>
/// A cached query recalls GraphQL.NET's validation result only for the profile and the exact variables it was
/// last validated with, only once it validated with every rule for that profile, and never for a mutation.
/// </summary>
public sealed class RecalledValidationTests
{
    private static readonly IValidationResult _valid = new ValidationResult();

    private static CachedOperation Operation(string text)
    {
        var document = Parser.Parse(text);
        return new CachedOperation(document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(), depth: 1, fields: 1);
    }

    private static Inputs Variables(string json) => new GraphQLSerializer().Deserialize<Inputs>(json) ?? Inputs.Empty;

    [Fact]
    public void a_query_recalls_its_last_result_for_the_same_variables_and_profile()
    {
        var query = Operation("query($id: ID!) { institution(id: $id) { name } }");
        query.RememberValidated("token:reader");
        query.RememberResult("token:reader", Variables("""{"id":"lanbide","where":{"levels":["REGIONAL"]}}"""), _valid);

        Assert.Same(_valid, query.RecallResult("token:reader", Variables("""{"where":{"levels":["REGIONAL"]},"id":"lanbide"}""")));
        Assert.Null(query.RecallResult("token:admin", Variables("""{"id":"lanbide","where":{"levels":["REGIONAL"]}}""")));
        Assert.Null(query.RecallResult("token:reader", Variables("""{"id":"lanbide","where":{"levels":["MUNICIPAL"]}}""")));
        Assert.Null(query.RecallResult("token:reader", Variables("""{"id":"lanbide"}""")));
    }

    [Fact]
    public void only_the_last_variables_are_recalled()
    {
        var query = Operation("query($id: ID!) { institution(id: $id) { name } }");
        query.RememberValidated("anonymous:");
        var first = new ValidationResult();
        query.RememberResult("anonymous:", Variables("""{"id":"lanbide"}"""), first);
        query.RememberResult("anonymous:", Variables("""{"id":"harreragune"}"""), _valid);

        Assert.Null(query.RecallResult("anonymous:", Variables("""{"id":"lanbide"}""")));
        Assert.Same(_valid, query.RecallResult("anonymous:", Variables("""{"id":"harreragune"}""")));
    }

    [Fact]
    public void nothing_is_kept_before_every_rule_passed_for_the_profile_nor_for_an_invalid_result()
    {
        var query = Operation("{ institutions { totalCount } }");
        query.RememberResult("token:reader", Inputs.Empty, _valid);
        Assert.Null(query.RecallResult("token:reader", Inputs.Empty));

        query.RememberValidated("token:reader");
        query.RememberResult("token:reader", Inputs.Empty, new ValidationResult([new ValidationError("refused")]));
        Assert.Null(query.RecallResult("token:reader", Inputs.Empty));
    }

    [Fact]
    public void a_mutation_never_recalls_a_result()
    {
        var mutation = Operation("mutation($key: String!) { submitFeedback(input: { title: \"t\", idempotencyKey: $key }) { id } }");
        mutation.RememberValidated("token:ngo");
        mutation.RememberResult("token:ngo", Variables("""{"key":"k"}"""), _valid);

        Assert.Null(mutation.RecallResult("token:ngo", Variables("""{"key":"k"}""")));
    }

    [Theory]
    [InlineData("""{"a":1}""", """{"a":"1"}""")]
    [InlineData("""{"a":1}""", """{"a":1.0}""")]
    [InlineData("""{"a":null}""", "{}")]
    [InlineData("""{"a":[1,2]}""", """{"a":[2,1]}""")]
    [InlineData("""{"a":[1,2]}""", """{"a":[1,2,3]}""")]
    [InlineData("""{"a":{"b":true}}""", """{"a":{"b":false}}""")]
    [InlineData("""{"a":"Lanbide"}""", """{"a":"lanbide"}""")]
    public void variables_that_differ_in_any_value_or_type_are_not_equal(string left, string right)
    {
        Assert.False(InputValues.Equal(Variables(left), Variables(right)));
        Assert.False(InputValues.Equal(Variables(right), Variables(left)));
    }

    [Theory]
    [InlineData("{}", "{}")]
    [InlineData("""{"a":[{"b":null,"c":[1,"x"]}],"d":2}""", """{"d":2,"a":[{"c":[1,"x"],"b":null}]}""")]
    public void variables_equal_value_by_value_are_equal(string left, string right) =>
        Assert.True(InputValues.Equal(Variables(left), Variables(right)));
}
