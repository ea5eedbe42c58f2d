using NetworkGraph.Core.Graph;

namespace NetworkGraph.Tests.Stores;

/// <summary>Properties read back from a store answer like a dictionary, in a fraction of its memory.</summary>
public sealed class CompactPropertiesTests
{
    private static IReadOnlyDictionary<string, object?> Of(params (string Name, object? Value)[] properties) =>
        CompactProperties.Of([.. properties.Select(p => p.Name)], [.. properties.Select(p => p.Value)]);

    [Fact]
    public void answers_like_the_dictionary_it_replaces_in_the_order_read()
    {
        var properties = Of(("name", "Lanbide"), ("founded", 2008L), ("share", 0.5), ("illustrative", true), ("acronym", null), ("levels", new[] { "REGIONAL" }));

        Assert.IsType<CompactProperties>(properties);
        Assert.Equal(6, properties.Count);
        Assert.Equal(["name", "founded", "share", "illustrative", "acronym", "levels"], properties.Keys);
        Assert.Equal("Lanbide", properties["name"]);
        Assert.Equal(2008L, properties["founded"]);
        Assert.True(properties.TryGetValue("acronym", out var acronym));
        Assert.Null(acronym);
        Assert.True(properties.ContainsKey("share"));
        Assert.False(properties.TryGetValue("Name", out _)); // names are compared exactly, as the stores' dictionaries did
        Assert.False(properties.ContainsKey("missing"));
        Assert.Throws<KeyNotFoundException>(() => properties["missing"]);
        Assert.Equal(new Dictionary<string, object?> { ["name"] = "Lanbide", ["founded"] = 2008L, ["share"] = 0.5, ["illustrative"] = true, ["acronym"] = null, ["levels"] = new[] { "REGIONAL" } }, properties);
    }

    [Fact]
    public void a_name_is_found_whatever_instance_of_its_text_is_asked_with()
    {
        var properties = Of(("name", "Lanbide"));

        Assert.Equal("Lanbide", properties[new string("name".AsSpan())]);
    }

    [Fact]
    public void records_with_the_same_names_share_one_array_of_them_and_flags_share_their_boxes()
    {
        var first = Of(("name", "Lanbide"), ("illustrative", true));
        var second = Of((new string("name".AsSpan()), "Bizkaia"), (new string("illustrative".AsSpan()), true));

        Assert.Same(first.Keys, second.Keys);
        Assert.Same(first["illustrative"], second["illustrative"]);
        Assert.Same(CompactProperties.Box(false), CompactProperties.Box(false));
    }

    [Fact]
    public void no_properties_are_the_shared_empty_ones()
    {
        Assert.Same(PropertyValues.Empty, Of());
    }

    [Fact]
    public void a_name_read_twice_keeps_its_last_value_as_a_dictionary_would()
    {
        var properties = Of(("name", "old"), ("kind", "PUBLIC_SERVICE"), ("name", "new"));

        Assert.Equal(2, properties.Count);
        Assert.Equal("new", properties["name"]);
    }

    [Fact]
    public void a_record_with_many_properties_keeps_a_dictionary()
    {
        var many = Enumerable.Range(0, CompactProperties.MaxCompact + 1).Select(i => ($"p{i}", (object?)(long)i)).ToArray();

        var properties = Of(many);

        Assert.IsNotType<CompactProperties>(properties);
        Assert.Equal(16L, properties["p16"]);
    }

    [Fact]
    public void names_and_values_must_pair_up()
    {
        Assert.Throws<ArgumentException>(() => CompactProperties.Of(["name"], []));
    }
}
