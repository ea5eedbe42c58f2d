using System.Numerics;
using System.Text;
using NetworkGraph.Api.Execution;

namespace NetworkGraph.Tests.Caching;

/// <summary>Variables write one key text only for values the executer treats alike: 1, 1.0 and "1" are three keys.</summary>
public sealed class VariablesKeyTests
{
    private static string Key(object? value)
    {
        var key = new StringBuilder();
        InputValues.AppendKey(key, value);
        return key.ToString();
    }

    private static Dictionary<string, object?> Variables(object? first) => new() { ["first"] = first, ["ids"] = new List<object?> { "a", "b" } };

    [Fact]
    public void values_of_other_types_write_other_keys_even_when_their_json_is_the_same()
    {
        var keys = new[] { Key(Variables(1L)), Key(Variables(1.0)), Key(Variables("1")), Key(Variables(1m)), Key(Variables(new BigInteger(1))), Key(Variables(null)) };

        Assert.Equal(keys.Length, keys.Distinct().Count());
    }

    [Fact]
    public void the_same_values_write_the_same_key_and_a_quote_in_a_text_cannot_forge_another()
    {
        Assert.Equal(Key(Variables(1L)), Key(Variables(1L)));
        Assert.NotEqual(Key(new List<object?> { "a\",sb" }), Key(new List<object?> { "a", "b" }));
        Assert.NotEqual(Key(null), Key("~"));
    }
}
