using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// Puts the relationships rows describe: each once, checked against the model, written only when it differs from
/// what is stored. For a type a node starts at most one of (LOCATED_IN, WITHIN), the stored one it replaces is deleted.
/// </summary>
internal sealed class RelationshipPuts(ImportContext context)
{
    private readonly Dictionary<RelationshipKey, (string Sheet, int Row)> _seen = [];
    private readonly Dictionary<(RelationshipType, string), (string Sheet, int Row)> _starts = [];

    public void Put(string sheet, SheetRow row, string? column, RelationshipRecord relationship)
    {
        var type = ConstantCase.ToText(relationship.Type);
        if (!_seen.TryAdd(relationship.Key, (sheet, row.Number)))
        {
            var (firstSheet, firstRow) = _seen[relationship.Key];
            context.Problems.Add(sheet, row.Number, column, $"{firstSheet} row {firstRow} already gives this {type} from '{relationship.FromId}' to '{relationship.ToId}'.");
            return;
        }
        var onePerStart = GraphSchema.Relationships[relationship.Type].OnePerStart;
        if (onePerStart && !_starts.TryAdd((relationship.Type, relationship.FromId), (sheet, row.Number)))
        {
            var (firstSheet, firstRow) = _starts[(relationship.Type, relationship.FromId)];
            context.Problems.Add(sheet, row.Number, column, $"'{relationship.FromId}' has one {type} only, and {firstSheet} row {firstRow} already gives it.");
            return;
        }
        var problemsBefore = context.Problems.Count;
        foreach (var problem in GraphValidator.ValidateRelationship(relationship, id => context.Labels.TryGetValue(id, out var label) ? label : null))
        {
            context.Problems.Add(sheet, row.Number, column ?? ColumnOf(problem), char.ToUpperInvariant(problem[0]) + problem[1..] + ".");
        }
        if (context.Problems.Count > problemsBefore)
        {
            return;
        }
        if (relationship.Type == RelationshipType.Within)
        {
            context.ImportedWithin.Add(relationship);
        }
        Write(relationship, onePerStart, type);
    }

    private void Write(RelationshipRecord relationship, bool onePerStart, string type)
    {
        if (context.StoredRelationships.TryGetValue(relationship.Key, out var stored))
        {
            if (CellText.SameProperties(stored.Properties, relationship.Properties) && stored.Sources.SequenceEqual(relationship.Sources))
            {
                context.Unchanged++;
                return;
            }
            context.RelationshipPuts.Add(new PutRelationship(relationship));
            context.Count(created: false, type);
            return;
        }
        var replaces = onePerStart && context.StoredOnePerStart.TryGetValue((relationship.Type, relationship.FromId), out var previous) ? previous : null;
        if (replaces is not null)
        {
            context.RelationshipDeletes.Add(new DeleteRelationship(replaces.Key));
        }
        context.RelationshipPuts.Add(new PutRelationship(relationship));
        context.Count(created: replaces is null, type);
    }

    /// <summary>The WITHIN relationships once the import is written: the stored ones it does not replace, and its own.</summary>
    public IEnumerable<RelationshipRecord> WithinAfter() =>
        context.StoredRelationships.Values
            .Where(r => r.Type == RelationshipType.Within && !_starts.ContainsKey((RelationshipType.Within, r.FromId)))
            .Concat(context.ImportedWithin);

    public (string Sheet, int Row)? RowOf(RelationshipRecord relationship) => _seen.TryGetValue(relationship.Key, out var at) ? at : null;

    private static string? ColumnOf(string problem) =>
        problem.StartsWith("'from'", StringComparison.Ordinal) ? SpreadsheetLayout.From
        : problem.StartsWith("'to'", StringComparison.Ordinal) ? SpreadsheetLayout.To
        : problem.StartsWith("sources", StringComparison.Ordinal) ? SpreadsheetLayout.SourceTitle
        : problem.StartsWith("property '", StringComparison.Ordinal) ? PropertyColumn(problem["property '".Length..].Split('\'')[0])
        : null;

    public static string PropertyColumn(string property) => property == "description" ? SpreadsheetLayout.Description : SpreadsheetLayout.Title(property);
}
