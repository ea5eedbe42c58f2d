namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// A graph as the rows of the layout, what an export writes and an import reads back into the same graph. Feedback
/// items and the relationships that join them are left out; an institution's LOCATED_IN goes into its Territory cell
/// when it is sourced like the institution (as the seed writes it), else into a row of Connections.
/// </summary>
public static class SpreadsheetRows
{
    public static (List<string[]> Elements, List<string[]> Connections) From(IEnumerable<NodeRecord> nodes, IEnumerable<RelationshipRecord> relationships)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(relationships);
        var kept = nodes.Where(n => SpreadsheetLayout.ElementTypes.Contains(n.Label)).ToList();
        var byId = kept.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var cells = TerritoryCells(relationships, byId.GetValueOrDefault);
        return ([.. Elements(kept, cells, LabelColumns.ElementColumnsFor(kept))], [.. Connections(relationships, cells)]);
    }

    /// <summary>
    /// The Territory cell of each institution whose LOCATED_IN is undated and sourced like the institution itself, by institution
    /// id; <paramref name="node"/> finds a relationship's start.
    /// </summary>
    public static Dictionary<string, string> TerritoryCells(IEnumerable<RelationshipRecord> relationships, Func<string, NodeRecord?> node)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(node);
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relationship in relationships)
        {
            // A dated location keeps its dates in a Connections row: the Territory cell has no room for them.
            if (relationship.Type == RelationshipType.LocatedIn && !Validity.IsDated(relationship) && node(relationship.FromId) is { } located
                && located.Sources.SequenceEqual(relationship.Sources))
            {
                cells[relationship.FromId] = relationship.ToId;
            }
        }
        return cells;
    }

    /// <summary>
    /// The Elements rows of the nodes that are element types, in the order given, laid out by <paramref name="columns"/>
    /// (<see cref="LabelColumns.ElementColumnsFor"/>: the layout and a Label@ column per language).
    /// </summary>
    public static IEnumerable<string[]> Elements(IEnumerable<NodeRecord> nodes, IReadOnlyDictionary<string, string> territoryCells, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(territoryCells);
        return nodes.Where(n => SpreadsheetLayout.ElementTypes.Contains(n.Label)).Select(n => Element(n, territoryCells.GetValueOrDefault(n.Id), columns));
    }

    /// <summary>The Connections rows of the relationships between element types, but the LOCATED_IN written as Territory cells.</summary>
    public static IEnumerable<string[]> Connections(IEnumerable<RelationshipRecord> relationships, IReadOnlyDictionary<string, string> territoryCells)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(territoryCells);
        return relationships
            .Where(r => SpreadsheetLayout.ConnectionTypes.Contains(r.Type))
            .Where(r => !(r.Type == RelationshipType.LocatedIn && territoryCells.GetValueOrDefault(r.FromId) == r.ToId))
            .Select(Connection);
    }

    public static string[] Element(NodeRecord node, string? territory) => Element(node, territory, SpreadsheetLayout.ElementColumns);

    public static string[] Element(NodeRecord node, string? territory, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(columns);
        var cells = Enumerable.Repeat("", columns.Count).ToArray();
        Set(cells, columns, SpreadsheetLayout.Id, node.Id);
        Set(cells, columns, SpreadsheetLayout.Label, node.GetString(SpreadsheetLayout.LabelProperty(node.Label)));
        Set(cells, columns, SpreadsheetLayout.Type, node.Label.ToString());
        Set(cells, columns, SpreadsheetLayout.Description, node.GetString("description"));
        Set(cells, columns, SpreadsheetLayout.Territory, territory);
        foreach (var property in SpreadsheetLayout.ElementProperties)
        {
            Set(cells, columns, SpreadsheetLayout.Title(property), CellText.Write(node.Properties.GetValueOrDefault(property)));
        }
        LabelColumns.Write(cells, columns, node);
        SetSources(cells, columns, node.Sources);
        return cells;
    }

    public static string[] Connection(RelationshipRecord relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var cells = Enumerable.Repeat("", SpreadsheetLayout.ConnectionColumns.Count).ToArray();
        Set(cells, SpreadsheetLayout.ConnectionColumns, SpreadsheetLayout.From, relationship.FromId);
        Set(cells, SpreadsheetLayout.ConnectionColumns, SpreadsheetLayout.To, relationship.ToId);
        Set(cells, SpreadsheetLayout.ConnectionColumns, SpreadsheetLayout.Type, ConstantCase.ToText(relationship.Type));
        Set(cells, SpreadsheetLayout.ConnectionColumns, SpreadsheetLayout.Direction, SpreadsheetLayout.Directed);
        Set(cells, SpreadsheetLayout.ConnectionColumns, SpreadsheetLayout.Description, relationship.GetString("description"));
        foreach (var property in SpreadsheetLayout.ConnectionProperties)
        {
            Set(cells, SpreadsheetLayout.ConnectionColumns, SpreadsheetLayout.Title(property), CellText.Write(relationship.Properties.GetValueOrDefault(property)));
        }
        SetSources(cells, SpreadsheetLayout.ConnectionColumns, relationship.Sources);
        return cells;
    }

    private static void SetSources(string[] cells, IReadOnlyList<string> columns, IReadOnlyList<SourceRef> sources) =>
        SetSources(cells, columns, sources, SpreadsheetLayout.SourceColumns);

    /// <summary>Sources into the title, URL and locator columns named by <paramref name="sourceColumns"/>, the i-th segment for the i-th source.</summary>
    internal static void SetSources(string[] cells, IReadOnlyList<string> columns, IReadOnlyList<SourceRef?> sources, IReadOnlyList<string> sourceColumns)
    {
        Set(cells, columns, sourceColumns[0], Joined(sources.Select(s => s?.Title)));
        Set(cells, columns, sourceColumns[1], Joined(sources.Select(s => s?.Url)));
        Set(cells, columns, sourceColumns[2], Joined(sources.Select(s => s?.Locator)));
    }

    /// <summary>The i-th segment for the i-th source; a cell with no value at all stays empty.</summary>
    private static string Joined(IEnumerable<string?> values)
    {
        var list = values.ToList();
        return list.All(v => v is null) ? "" : string.Join(SpreadsheetLayout.Separator, list.Select(v => v ?? ""));
    }

    internal static void Set(string[] cells, IReadOnlyList<string> columns, string column, string? value) =>
        cells[IndexOf(columns, column)] = value ?? "";

    /// <summary>Where a column stands in a layout; -1 when the layout has no such column.</summary>
    internal static int IndexOf(IReadOnlyList<string> columns, string column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }
        return -1;
    }
}
