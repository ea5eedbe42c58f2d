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
    public void several_label_sources_without_official_labels_to_pair_them_with_are_a_problem_not_a_failure()
    {
        var plan = Plan(Csv(SpreadsheetLayout.Elements,
            "ID,Label,Label@eu,Label@es,Type,Description,Level,Kind,Label Source Title,Source Title\n"
            + "new-desk,New desk,Harrera mahaia,Mesa de acogida,Institution,A desk.,MUNICIPAL,PUBLIC_SERVICE,A|B,Report"), Connections());

        var problem = Assert.Single(plan.Report.Problems);
        Assert.Equal(SpreadsheetLayout.LabelSourceTitle, problem.Column);
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public void a_label_that_breaks_a_rule_is_a_problem_of_its_own_column()
    {
        var plan = PlanNames($"new-desk,New desk,{new string('x', 201)},,Institution,A desk.,MUNICIPAL,PUBLIC_SERVICE,,,,Report");

        var problem = Assert.Single(plan.Report.Problems);
        Assert.Equal("Label@eu", problem.Column);
        Assert.Contains("longer than 200 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void a_label_of_a_node_without_names_per_language_is_refused()
    {
        var plan = Plan(Csv(SpreadsheetLayout.Elements,
            "ID,Label,Label@eu,Type,Date,Source Title\nnew-meeting,A meeting,Bilera bat,Meeting,2025-01-01,Report"), Connections());

        var problem = Assert.Single(plan.Report.Problems, p => p.Column == "Label@eu");
        Assert.Equal("A Meeting has no names per language: leave Label@eu empty.", problem.Message);
    }

    [Fact]
    public void a_translation_keeps_its_stored_source_while_its_text_is_unchanged()
    {
        var stored = SeedGraph.Value.Nodes.Single(n => n.Id == Harreragune);
        var named = stored with
        {
            Properties = new Dictionary<string, object?>(stored.Properties)
            {
                [LocalizedNames.Property] = LocalizedNames.Encode([new LocalizedName("es", "Servicio de acogida", false, new SourceRef("A glossary", null, null))]),
            },
        };
        var graph = SeedGraph.Value with { Nodes = [.. SeedGraph.Value.Nodes.Select(n => n.Id == Harreragune ? named : n)] };
        var (elements, connections) = SpreadsheetRows.From(graph.Nodes, graph.Relationships);
        var columns = LabelColumns.ElementColumnsFor(graph.Nodes.Where(n => SpreadsheetLayout.ElementTypes.Contains(n.Label)));

        var plan = SpreadsheetImportPlanner.Plan(
            Csv(SpreadsheetLayout.Elements, CsvSheetWriter.ToText(columns, elements)),
            Csv(SpreadsheetLayout.Connections, CsvSheetWriter.ToText(SpreadsheetLayout.ConnectionColumns, connections)),
            graph);

        Assert.Empty(plan.Report.Problems);
        Assert.Empty(plan.Writes);
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
