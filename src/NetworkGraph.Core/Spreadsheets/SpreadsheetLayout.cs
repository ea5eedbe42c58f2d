using NetworkGraph.Core.Names;
using NetworkGraph.Core.Schema;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// Kumu's layout, which import reads and export writes (docs/architecture.md §4, "Spreadsheets"): a sheet of
/// elements (one node a row) and a sheet of connections (one relationship a row). Our properties are columns
/// named after the model in Title Case words; several values in one cell are separated by <see cref="Separator"/>.
/// </summary>
public static class SpreadsheetLayout
{
    public const string Elements = "Elements";
    public const string Connections = "Connections";
    public const char Separator = '|';

    public const string Id = "ID";
    public const string Label = "Label";
    public const string Type = "Type";
    public const string Description = "Description";
    public const string Tags = "Tags";
    public const string Territory = "Territory";
    public const string From = "From";
    public const string To = "To";
    public const string Direction = "Direction";
    public const string SourceTitle = "Source Title";
    public const string SourceUrl = "Source URL";
    public const string SourceLocator = "Source Locator";
    public const string OfficialLabels = "Official Labels";
    public const string LabelSourceTitle = "Label Source Title";
    public const string LabelSourceUrl = "Label Source URL";
    public const string LabelSourceLocator = "Label Source Locator";

    /// <summary>The only Direction besides an empty cell: every relationship of the model is directed.</summary>
    public const string Directed = "directed";

    /// <summary>Every label but FeedbackItem: feedback items travel through their own lifecycle, never through a spreadsheet.</summary>
    public static readonly IReadOnlyList<NodeLabel> ElementTypes = [.. Enum.GetValues<NodeLabel>().Where(l => l != NodeLabel.FeedbackItem)];

    /// <summary>Every relationship type whose ends are all element types.</summary>
    public static readonly IReadOnlyList<RelationshipType> ConnectionTypes = [.. GraphSchema.Relationships
        .Where(r => r.Value.From.Concat(r.Value.To).All(ElementTypes.Contains)).Select(r => r.Key).Order()];

    public static readonly IReadOnlyList<string> SourceColumns = [SourceTitle, SourceUrl, SourceLocator];

    /// <summary>
    /// The columns of a node's names per language besides the <c>Label@&lt;lang&gt;</c> ones (<see cref="LabelColumns"/>):
    /// which languages' labels are official, and the source of each official label.
    /// </summary>
    public static readonly IReadOnlyList<string> LabelSourceColumns = [LabelSourceTitle, LabelSourceUrl, LabelSourceLocator];

    /// <summary>The properties that have a column of their own: all but the one <see cref="Label"/> and <see cref="Description"/> hold.</summary>
    public static readonly IReadOnlyList<string> ElementProperties = [.. ElementTypes
        .SelectMany(label => GraphSchema.Nodes[label]).Select(p => p.Name)
        .Where(name => name is not ("name" or "title" or "description" or LocalizedNames.Property)).Distinct(), GraphSchema.Illustrative.Name];

    public static readonly IReadOnlyList<string> ConnectionProperties = [.. ConnectionTypes
        .SelectMany(type => GraphSchema.Relationships[type].Properties).Select(p => p.Name)
        .Where(name => name != "description").Distinct()];

    public static readonly IReadOnlyList<string> ElementColumns =
        [Id, Label, Type, Description, Tags, Territory, .. ElementProperties.Select(Title), OfficialLabels, .. LabelSourceColumns, .. SourceColumns];

    public static readonly IReadOnlyList<string> ConnectionColumns =
        [From, To, Type, Direction, Description, .. ConnectionProperties.Select(Title), .. SourceColumns];

    /// <summary>The property a node's Label holds: its title for the labels that have one, else its name.</summary>
    public static string LabelProperty(NodeLabel label) => GraphSchema.Nodes[label].Any(p => p.Name == "title") ? "title" : "name";

    /// <summary>A header as it is compared: case, spaces and underscores do not count ("source_url" is "Source URL").</summary>
    public static string Fold(string column) => _foldedNames.GetValueOrDefault(column) ?? FoldText(column);

    /// <summary>The element types by their folded name, as a Type cell is read.</summary>
    public static readonly IReadOnlyDictionary<string, NodeLabel> ElementTypesByFoldedName =
        ElementTypes.ToDictionary(label => FoldText(label.ToString()), StringComparer.Ordinal);

    // The layout's own names are folded once: rows ask for them again and again.
    private static readonly Dictionary<string, string> _foldedNames = ElementColumns.Concat(ConnectionColumns)
        .Concat(ElementTypes.Select(label => label.ToString())).Distinct(StringComparer.Ordinal)
        .ToDictionary(name => name, FoldText, StringComparer.Ordinal);

    private static string FoldText(string column) =>
        new([.. column.Where(c => c is not (' ' or '_') && !char.IsWhiteSpace(c)).Select(char.ToLowerInvariant)]);

    /// <summary>A property's column: its camelCase words in Title Case ("expectedLevels" is "Expected Levels").</summary>
    public static string Title(string property)
    {
        var builder = new StringBuilder(property.Length + 4);
        for (var i = 0; i < property.Length; i++)
        {
            if (i > 0 && char.IsUpper(property[i]))
            {
                builder.Append(' ');
            }
            builder.Append(i == 0 ? char.ToUpperInvariant(property[i]) : property[i]);
        }
        return builder.ToString();
    }
}
