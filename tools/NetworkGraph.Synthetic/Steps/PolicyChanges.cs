using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>The policy change a resolved item resulted in, adopted by an authority of the network it was escalated to.</summary>
internal static class PolicyChanges
{
    public static string Add(SyntheticWorld world, Theme theme, SyntheticNetwork network, DateTimeOffset resolved)
    {
        var id = world.NextId(NodeLabel.PolicyChange);
        var adoptedAt = Dates.Text(DateOnly.FromDateTime(resolved.UtcDateTime));
        var change = string.Format(CultureInfo.InvariantCulture, world.Pick(Vocabulary.PolicyChanges), theme.Name.ToLower(CultureInfo.InvariantCulture));
        world.AddNode(NodeLabel.PolicyChange, id, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["title"] = $"{change} in {network.Place.Name}",
            ["description"] = $"Synthetic policy change agreed through {network.Name}.",
            ["adoptedAt"] = adoptedAt,
            ["level"] = ConstantCase.ToText(network.Level),
        });
        var adopter = network.Place.Authorities.Count > 0 ? world.Pick(network.Place.Authorities) : network.Place.Anchor;
        world.Relate(RelationshipType.Adopted, adopter.Id, id, new Dictionary<string, object?>(StringComparer.Ordinal) { ["at"] = adoptedAt });
        return id;
    }
}
