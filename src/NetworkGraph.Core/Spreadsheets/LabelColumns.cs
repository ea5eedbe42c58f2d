using NetworkGraph.Core.Names;

namespace NetworkGraph.Core.Spreadsheets;

/// <summary>
/// A node's names per language in the Elements sheet: a <c>Label@eu</c>, <c>Label@es</c> ... column per language (any
/// BCP 47 tag), <see cref="SpreadsheetLayout.OfficialLabels"/> listing the languages whose label is official, and the
/// Label Source columns whose i-th segments are the source of the i-th official language (one segment serves them all).
/// A label not listed as official is a translation. As with every column, one the sheet lacks keeps what is stored.
/// </summary>
public static class LabelColumns
{
    public const string Prefix = "Label@";

    public static string Of(string lang) => Prefix + lang;

    /// <summary>The language of a <c>Label@&lt;lang&gt;</c> header, normalized; null for any other header.</summary>
    public static string? LangOf(string header)
    {
        var text = header.Trim();
        return text.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) && text[Prefix.Length..].Trim() is var tag && LanguageTag.IsValid(tag)
            ? LanguageTag.Normalize(tag)
            : null;
    }

    /// <summary>The Elements columns for these nodes: the layout's, with a Label@ column per language they have a name in, after Label.</summary>
    public static IReadOnlyList<string> ElementColumnsFor(IEnumerable<NodeRecord> nodes)
    {
        var languages = nodes.SelectMany(LocalizedNames.Of).Select(name => name.Lang).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal);
        var columns = SpreadsheetLayout.ElementColumns.ToList();
        columns.InsertRange(columns.IndexOf(SpreadsheetLayout.Label) + 1, languages.Select(Of));
        return columns;
    }

    /// <summary>Writes a node's names into its row, laid out by <paramref name="columns"/>.</summary>
    public static void Write(string[] cells, IReadOnlyList<string> columns, NodeRecord node)
    {
        var names = LocalizedNames.Of(node);
        var official = names.Where(name => name.Official).ToList();
        foreach (var name in names)
        {
            // A layout without this language's column (the plain layout) leaves the name out.
            if (SpreadsheetRows.IndexOf(columns, Of(name.Lang)) is var index and >= 0)
            {
                cells[index] = name.Text;
            }
        }
        SpreadsheetRows.Set(cells, columns, SpreadsheetLayout.OfficialLabels, string.Join(SpreadsheetLayout.Separator, official.Select(name => name.Lang)));
        var sources = official.Select(name => name.Source).ToList();
        var shared = sources.Distinct().Count() == 1 ? sources.Take(1).ToList() : sources;
        SpreadsheetRows.SetSources(cells, columns, shared, SpreadsheetLayout.LabelSourceColumns);
    }

    /// <summary>
    /// The names a row gives its node, starting from the stored ones; the stored ones as they are when the sheet has no
    /// column of names. A translation keeps the source it has while its text is unchanged (the sheet carries the
    /// sources of official names only). Each name is checked here, so a problem names its own column.
    /// </summary>
    internal static string[]? Read(Sheet sheet, SheetLabels layout, SheetRow row, NodeLabel label, NodeRecord? stored, ImportProblems problems)
    {
        var storedNames = stored is null ? [] : LocalizedNames.Of(stored);
        var (labelColumns, officialIndex) = (layout.Languages, layout.OfficialIndex);
        if (!Schema.GraphSchema.IsNamedPerLanguage(label))
        {
            RefuseNames(sheet, row, label, labelColumns.Select(c => (c.Index, c.Header)).Append((officialIndex, SpreadsheetLayout.OfficialLabels)), problems);
            return null;
        }
        if (labelColumns.Count == 0 && officialIndex < 0)
        {
            return storedNames.Count == 0 ? null : LocalizedNames.Encode(storedNames);
        }
        var officialLangs = officialIndex < 0 ? null : CellText.Split(row.Cell(officialIndex)).Select(LanguageTag.Normalize).ToList();
        var sources = RowSources.Read(sheet, row, problems, SpreadsheetLayout.LabelSourceColumns);
        if (sources is { Count: > 1 } && (officialLangs is null || sources.Count > officialLangs.Count))
        {
            problems.Add(sheet.Name, row.Number, SpreadsheetLayout.LabelSourceTitle,
                $"There are {sources.Count} label sources but {officialLangs?.Count ?? 0} languages in {SpreadsheetLayout.OfficialLabels}: give one source for all the official labels, or the i-th source for the i-th language listed.");
            return null;
        }
        var names = storedNames.ToDictionary(name => name.Lang, StringComparer.OrdinalIgnoreCase);
        foreach (var (lang, index, header) in labelColumns)
        {
            var text = row.Cell(index).Trim();
            if (text.Length == 0)
            {
                names.Remove(lang);
                continue;
            }
            var before = names.GetValueOrDefault(lang);
            var unchanged = before is not null && before.Text == text;
            var official = officialLangs?.Contains(lang, StringComparer.OrdinalIgnoreCase) ?? (unchanged && before!.Official);
            var source = !official ? (unchanged && !before!.Official ? before.Source : null)
                : sources is null ? before?.Source
                : sources.Count == 1 ? sources[0]
                : sources[officialLangs!.FindIndex(l => LanguageTag.Same(l, lang))];
            var name = new LocalizedName(lang, text, official, source);
            if (LocalizedNames.ProblemOf(name) is { } problem)
            {
                problems.Add(sheet.Name, row.Number, official && source is null ? SpreadsheetLayout.LabelSourceTitle : header, $"{header}: the name {problem}.");
            }
            names[lang] = name;
        }
        foreach (var lang in officialLangs?.Where(lang => !names.ContainsKey(lang)) ?? [])
        {
            problems.Add(sheet.Name, row.Number, SpreadsheetLayout.OfficialLabels, $"{SpreadsheetLayout.OfficialLabels} lists '{lang}', but the row has no {Of(lang)} label.");
        }
        return names.Count == 0 ? null : LocalizedNames.Encode(names.Values);
    }

    /// <summary>The columns of names a sheet has, found once for all its rows: a Label@ column per language, and Official Labels (-1 when absent).</summary>
    internal sealed record SheetLabels(IReadOnlyList<(string Lang, int Index, string Header)> Languages, int OfficialIndex)
    {
        public static SheetLabels Of(Sheet sheet) => new(
            [.. sheet.Header.Select((header, index) => (Lang: LangOf(header), Index: index, Header: header))
                .Where(c => c.Lang is not null).Select(c => (c.Lang!, c.Index, c.Header))],
            sheet.ColumnOf(SpreadsheetLayout.OfficialLabels));
    }

    private static void RefuseNames(Sheet sheet, SheetRow row, NodeLabel label, IEnumerable<(int Index, string Header)> columns, ImportProblems problems)
    {
        foreach (var (index, header) in columns.Where(c => c.Index >= 0 && row.Cell(c.Index).Trim().Length > 0))
        {
            problems.Add(sheet.Name, row.Number, header, $"A {label} has no names per language: leave {header} empty.");
        }
    }
}
