using System.Text.RegularExpressions;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>Which property each column of the Elements sheet holds, and which column a problem of the model's is about.</summary>
internal static partial class ElementColumns
{
    /// <summary>Every column that holds a property (<see cref="SpreadsheetLayout.Label"/> stands for name or title), with its index; other known columns get a null property.</summary>
    public static IReadOnlyList<(int Index, string Column, string? Property)> Of(Sheet sheet)
    {
        var columns = new List<(int, string, string?)>();
        for (var i = 0; i < sheet.Header.Count; i++)
        {
            var folded = SpreadsheetLayout.Fold(sheet.Header[i]);
            var property = folded == SpreadsheetLayout.Fold(SpreadsheetLayout.Label) ? SpreadsheetLayout.Label
                : folded == SpreadsheetLayout.Fold(SpreadsheetLayout.Description) ? "description"
                : SpreadsheetLayout.ElementProperties.FirstOrDefault(p => SpreadsheetLayout.Fold(p) == folded);
            var other = folded == SpreadsheetLayout.Fold(SpreadsheetLayout.Territory);
            if (property is not null || other)
            {
                columns.Add((i, sheet.Header[i], property));
            }
        }
        return columns;
    }

    /// <summary>The column a problem of <see cref="Schema.GraphValidator"/> names, through the property or the source it is about.</summary>
    public static string? ColumnOf(string problem, NodeLabel label)
    {
        if (problem.StartsWith("sources", StringComparison.Ordinal))
        {
            return SpreadsheetLayout.SourceTitle;
        }
        if (problem.StartsWith("id ", StringComparison.Ordinal))
        {
            return SpreadsheetLayout.Id;
        }
        var match = PropertyName().Match(problem);
        if (!match.Success)
        {
            return null;
        }
        var property = match.Groups[1].Value;
        return property == SpreadsheetLayout.LabelProperty(label) ? SpreadsheetLayout.Label
            : property == Names.LocalizedNames.Property ? SpreadsheetLayout.LabelSourceTitle
            : property == "description" ? SpreadsheetLayout.Description
            : SpreadsheetLayout.Title(property);
    }

    [GeneratedRegex("^property '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex PropertyName();
}
