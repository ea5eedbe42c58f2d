using System.Text.Json.Nodes;

namespace NetworkGraph.Tests.Api;

public static class GraphQLAssertions
{
    public static string ErrorCode(this JsonNode body) =>
        body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>() ?? throw new Xunit.Sdk.XunitException($"No error in {body.ToJsonString()}");

    public static string ErrorMessage(this JsonNode body) => body["errors"]![0]!["message"]!.GetValue<string>();
}
