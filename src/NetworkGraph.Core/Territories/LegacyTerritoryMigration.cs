namespace NetworkGraph.Core.Territories;

/// <summary>
/// Upgrades a store written before territories were nodes, when an institution's territory was free text
/// ("Bilbao"). Each such institution gets a LOCATED_IN to the territory of that name (compared ignoring case and
/// accents) or id, and loses the text. A name no territory has becomes a new territory, whose kind follows the
/// institution's governance level and whose source says it was migrated, unless one of <c>knownTerritories</c> (the
/// seed's, sourced) has that name or id: then that one is created. One batch, all or nothing, audited; a store with
/// nothing to upgrade is not written to. A store that holds any territory is taken as upgraded already, so that a
/// start costs one small read, not a read of the whole graph.
/// </summary>
public sealed class LegacyTerritoryMigration(
    IGraphStore store, Func<CancellationToken, Task<IReadOnlyList<NodeRecord>>>? knownTerritories = null)
{
    public const string LegacyProperty = "territory";

    /// <summary>The number of institutions upgraded (0 when the store holds none with the old property).</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var anyTerritory = await store.FindNodesAsync(new NodeQuery { Label = NodeLabel.Territory, First = 1 }, cancellationToken).ConfigureAwait(false);
        if (anyTerritory.Nodes.Count > 0)
        {
            return 0;
        }
        var snapshot = await store.GetSnapshotAsync(cancellationToken).ConfigureAwait(false);
        var known = knownTerritories is null ? [] : await knownTerritories(cancellationToken).ConfigureAwait(false);
        var legacy = snapshot.Nodes
            .Where(n => n.Label == NodeLabel.Institution && n.Properties.ContainsKey(LegacyProperty))
            .ToList();
        if (legacy.Count == 0)
        {
            return 0;
        }
        var territories = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var territory in snapshot.Nodes.Where(n => n.Label == NodeLabel.Territory))
        {
            territories.TryAdd(territory.Id, territory.Id);
            territories.TryAdd(Key(territory.GetString("name") ?? territory.Id), territory.Id);
        }
        var located = snapshot.Relationships.Where(r => r.Type == RelationshipType.LocatedIn).Select(r => r.FromId).ToHashSet(StringComparer.Ordinal);
        var takenIds = snapshot.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var writes = new List<GraphWrite>();
        foreach (var institution in legacy)
        {
            var text = (institution.Properties[LegacyProperty] as string)?.Trim();
            var properties = new Dictionary<string, object?>(institution.Properties, StringComparer.Ordinal);
            properties.Remove(LegacyProperty);
            writes.Add(new UpdateNode(institution.Id, institution.Version, properties, institution.Sources));
            if (string.IsNullOrEmpty(text) || located.Contains(institution.Id))
            {
                continue;
            }
            if (!territories.TryGetValue(Key(text), out var territoryId) && !territories.TryGetValue(text, out territoryId))
            {
                var territory = Known(known, text, takenIds) ?? NewTerritory(NewId(text, takenIds), text, institution);
                takenIds.Add(territory.Id);
                writes.Add(new CreateNode(territory));
                territoryId = territory.Id;
                territories[Key(text)] = territoryId;
            }
            writes.Add(new PutRelationship(new RelationshipRecord
            {
                Type = RelationshipType.LocatedIn,
                FromId = institution.Id,
                ToId = territoryId,
                Sources = institution.Sources,
            }));
        }
        var audit = new AuditEntry(
            new AuditActor("system:territory-migration", null, []),
            "migrateTerritories",
            [.. legacy.Select(n => n.Id).Concat(GraphWrites.TouchedIds(writes)).Distinct(StringComparer.Ordinal)],
            legacy.ToDictionary(n => n.Id, n => n.Version, StringComparer.Ordinal));
        await store.WriteAsync(new WriteBatch(writes) { Audit = audit }, cancellationToken).ConfigureAwait(false);
        return legacy.Count;
    }

    private static string Key(string name) => "name:" + SearchText.Fold(name.Trim());

    private static NodeRecord? Known(IReadOnlyList<NodeRecord> known, string text, HashSet<string> takenIds) =>
        known.FirstOrDefault(t =>
            !takenIds.Contains(t.Id) && (t.Id == text || Key(t.GetString("name") ?? t.Id) == Key(text)));

    private static string NewId(string text, HashSet<string> taken)
    {
        var slug = Slug.From(text) ?? "territory";
        var id = slug;
        for (var n = 2; taken.Contains(id); n++)
        {
            id = $"{slug}-{n}";
        }
        return id;
    }

    private static NodeRecord NewTerritory(string id, string name, NodeRecord institution) => new()
    {
        Id = id,
        Label = NodeLabel.Territory,
        Properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["name"] = name.Length > 200 ? name[..200] : name,
            ["kind"] = ConstantCase.ToText(KindFor(institution.GetString("level"))),
            ["description"] = $"Made from the free-text territory '{name}' of an institution when territories became nodes; its kind follows that institution's level.",
        },
        Sources = [new SourceRef($"The free-text territory of '{institution.Id}' before territories were nodes", null, null)],
    };

    private static TerritoryKind KindFor(string? level) => level switch
    {
        "MUNICIPAL" => TerritoryKind.Municipality,
        "PROVINCIAL" => TerritoryKind.Province,
        "REGIONAL" => TerritoryKind.Region,
        "NATIONAL" => TerritoryKind.State,
        _ => TerritoryKind.Supranational,
    };
}
