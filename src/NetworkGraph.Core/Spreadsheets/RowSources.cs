namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// The sources of one row: the i-th segment of Source Title, Source URL and Source Locator make the i-th source.
/// No source cell at all means "keep what is stored".
/// </summary>
internal static class RowSources
{
    private const int MaxTitle = 200;
    private const int MaxUrl = 2000;
    private const int MaxLocator = 200;

    /// <summary>The row's sources, or null when it gives none; problems are added naming the column.</summary>
    public static IReadOnlyList<SourceRef>? Read(Sheet sheet, SheetRow row, ImportProblems problems) =>
        Read(sheet, row, problems, SpreadsheetLayout.SourceColumns);

    /// <summary>The same from other columns: <paramref name="columns"/> holds the title, URL and locator columns, in that order.</summary>
    public static IReadOnlyList<SourceRef>? Read(Sheet sheet, SheetRow row, ImportProblems problems, IReadOnlyList<string> columns)
    {
        var (titleColumn, urlColumn, locatorColumn) = (columns[0], columns[1], columns[2]);
        var titles = Cell(sheet, row, titleColumn);
        var urls = Cell(sheet, row, urlColumn);
        var locators = Cell(sheet, row, locatorColumn);
        if (titles.Length + urls.Length + locators.Length == 0)
        {
            return null;
        }
        var count = titles.Length;
        if (urls.Length > count || locators.Length > count)
        {
            problems.Add(sheet.Name, row.Number, urls.Length > count ? urlColumn : locatorColumn,
                $"There are more segments here than source titles ({count}): the i-th segment belongs to the i-th title, separated by '{SpreadsheetLayout.Separator}'.");
            return [];
        }
        var sources = new List<SourceRef>(count);
        for (var i = 0; i < count; i++)
        {
            var url = i < urls.Length && urls[i].Length > 0 ? urls[i] : null;
            var locator = i < locators.Length && locators[i].Length > 0 ? locators[i] : null;
            Check(titles[i].Length == 0, titleColumn, $"Source {i + 1} needs a title.");
            Check(titles[i].Length > MaxTitle, titleColumn, $"Source {i + 1}'s title is longer than {MaxTitle} characters.");
            Check(url is not null && (url.Length > MaxUrl || !Uri.TryCreate(url, UriKind.Absolute, out _)), urlColumn,
                $"Source {i + 1}'s URL must be an absolute URL of at most {MaxUrl} characters.");
            Check(locator?.Length > MaxLocator, locatorColumn, $"Source {i + 1}'s locator is longer than {MaxLocator} characters.");
            sources.Add(new SourceRef(titles[i], url, locator));
        }
        return sources;

        void Check(bool failed, string column, string message)
        {
            if (failed)
            {
                problems.Add(sheet.Name, row.Number, column, message);
            }
        }
    }

    private static string[] Cell(Sheet sheet, SheetRow row, string column)
    {
        var index = sheet.ColumnOf(column);
        return index < 0 ? [] : CellText.Segments(row.Cell(index).Trim());
    }
}
