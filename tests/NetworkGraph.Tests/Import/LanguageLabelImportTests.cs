using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Names;
using NetworkGraph.Core.Spreadsheets;
using static NetworkGraph.Tests.Import.ImportSheets;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Import;

/// <summary>Names per language in the Elements sheet: Label@&lt;lang&gt; columns, Official Labels, and the Label Source columns.</summary>
public sealed class LanguageLabelImportTests
{
    private const string Header = "ID,Label,Label@eu,Label@es,Type,Description,Level,Kind,Official Labels,Label Source Title,Label Source URL,Source Title";

    private static ImportPlan PlanNames(params string[] rows) =>
        Plan(Csv(SpreadsheetLayout.Elements, string.Join("\n", [Header, .. rows])), Connections());

    [Fact]
    public void label_columns_give_names_official_where_listed_with_the_label_source_and_translations_otherwise()
    {
        var plan = PlanNames("new-desk,New desk,Harrera mahaia,Mesa de acogida,Institution,A desk.,MUNICIPAL,PUBLIC_SERVICE,eu,Bilbao.eus,https://www.bilbao.eus,Report");

        Assert.Empty(plan.Report.Problems);
        var names = LocalizedNames.Of(Assert.IsType<CreateNode>(Assert.Single(plan.Writes)).Node);
        Assert.Equal(
            [new LocalizedName("es", "Mesa de acogida", false), new LocalizedName("eu", "Harrera mahaia", true, new SourceRef("Bilbao.eus", "https://www.bilbao.eus", null))],
            names);
    }

    [Fact]
    public void an_official_label_without_a_source_is_a_problem_of_the_label_source_column()
    {
        var plan = PlanNames("new-desk,New desk,Harrera mahaia,,Institution,A desk.,MUNICIPAL,PUBLIC_SERVICE,eu,,,Report");

        var problem = Assert.Single(plan.Report.Problems);
        Assert.Equal(SpreadsheetLayout.LabelSourceTitle, problem.Column);
        Assert.Contains("official but has no source", problem.Message, StringComparison.Ordinal);
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public void official_labels_naming_a_language_without_a_label_is_a_problem()
    {
        var plan = PlanNames("new-desk,New desk,,,Institution,A desk.,MUNICIPAL,PUBLIC_SERVICE,fr,Bilbao.eus,,Report");

        Assert.Contains(plan.Report.Problems, p => p.Column == SpreadsheetLayout.OfficialLabels && p.Message.Contains("Label@fr", StringComparison.Ordinal));
    }

    [Fact]
    public void a_label_column_that_is_no_language_tag_is_not_a_column_of_the_layout()
    {
        var plan = Plan(Csv(SpreadsheetLayout.Elements, "ID,Label,Label@basque!,Type\nx,X,Y,Institution"), Connections());

        Assert.Contains(plan.Report.Problems, p => p.Column == "Label@basque!" && p.Message.Contains("not a column of the layout", StringComparison.Ordinal));
    }

    [Fact]
    public void the_seed_exported_with_its_label_columns_imports_back_with_nothing_to_write()
    {
        var (elements, connections) = SpreadsheetRows.From(SeedGraph.Value.Nodes, SeedGraph.Value.Relationships);
        var columns = LabelColumns.ElementColumnsFor(SeedGraph.Value.Nodes.Where(n => SpreadsheetLayout.ElementTypes.Contains(n.Label)));
        Assert.Contains("Label@eu", columns);
        Assert.Contains("Label@es", columns);
        var government = elements.Single(row => row[0] == BasqueGovernment);
        Assert.Equal(BasqueGovernmentBasqueName, government[columns.ToList().IndexOf("Label@eu")]);
        Assert.Equal("es|eu", government[columns.ToList().IndexOf(SpreadsheetLayout.OfficialLabels)]);

        var plan = Plan(
            Csv(SpreadsheetLayout.Elements, CsvSheetWriter.ToText(columns, elements)),
            Csv(SpreadsheetLayout.Connections, CsvSheetWriter.ToText(SpreadsheetLayout.ConnectionColumns, connections)));

        Assert.Empty(plan.Report.Problems);
        Assert.Empty(plan.Writes);
    }
}
