using NetworkGraph.Core.Graph;
using NetworkGraph.Core.Spreadsheets;
using static NetworkGraph.Tests.Import.ImportSheets;
using static NetworkGraph.Tests.Support.SeedFacts;

namespace NetworkGraph.Tests.Import;

public sealed class ImportPlannerTests
{
    private const string Source = "Report,https://example.org/r,p. 2";
    private const string NewCentre = $"new-centre,New Centre,Institution,A drop-in centre.,Municipal,public service,bilbao,,,{Source}";

    [Fact]
    public void a_row_with_an_unknown_id_and_no_matching_label_creates_the_node_with_its_location()
    {
        var plan = Plan(Elements(NewCentre), Connections());

        Assert.Empty(plan.Report.Problems);
        var created = Assert.IsType<CreateNode>(plan.Writes[0]);
        Assert.Equal(("new-centre", "MUNICIPAL", "PUBLIC_SERVICE"), (created.Node.Id, created.Node.GetString("level"), created.Node.GetString("kind")));
        var located = Assert.IsType<PutRelationship>(plan.Writes[1]).Relationship;
        Assert.Equal((RelationshipType.LocatedIn, "bilbao"), (located.Type, located.ToId));
        Assert.Equal(1, plan.Report.Created["Institution"]);
        Assert.Equal(1, plan.Report.Created["LOCATED_IN"]);
    }

    [Fact]
    public void a_row_without_id_matches_a_stored_node_by_label_and_type_ignoring_case_and_accents()
    {
        var plan = Plan(Elements($",{HarreraguneName.ToUpperInvariant()},institution,Changed.,MUNICIPAL,PUBLIC_SERVICE,,,,{Source}"), Connections());

        Assert.Empty(plan.Report.Problems);
        var update = Assert.IsType<UpdateNode>(Assert.Single(plan.Writes));
        Assert.Equal(Harreragune, update.Id);
        Assert.Equal("Changed.", update.Properties["description"]);
        Assert.Equal(HarreraguneName.ToUpperInvariant(), update.Properties["name"]);
    }

    [Fact]
    public void a_new_row_without_id_gets_a_unique_slug_of_its_label()
    {
        var plan = Plan(Elements($",Lanbide,Network,A table.,REGIONAL,FORUM,,MONTHLY,INFORMAL,{Source}"), Connections());

        Assert.Empty(plan.Report.Problems);
        Assert.Equal("lanbide-2", Assert.IsType<CreateNode>(Assert.Single(plan.Writes)).Node.Id);
    }

    [Fact]
    public void connections_name_nodes_by_id_or_by_label_and_accept_several_sources()
    {
        var plan = Plan(
            Elements(NewCentre),
            Connections($"new-centre,{HarreraguneName},REFERS_TO,directed,,,Report|Decree,https://example.org/r|,p. 2|art. 4"));

        Assert.Empty(plan.Report.Problems);
        var referral = plan.Writes.OfType<PutRelationship>().Single(p => p.Relationship.Type == RelationshipType.RefersTo).Relationship;
        Assert.Equal(Harreragune, referral.ToId);
        Assert.Equal([new SourceRef("Report", "https://example.org/r", "p. 2"), new SourceRef("Decree", null, "art. 4")], referral.Sources);
    }

    [Fact]
    public void a_located_in_of_a_stored_institution_replaces_its_previous_one()
    {
        var plan = Plan(Elements(), Connections($"{Harreragune},bizkaia,LOCATED_IN,,,,{Source}"));

        Assert.Empty(plan.Report.Problems);
        var deleted = Assert.IsType<DeleteRelationship>(plan.Writes[0]);
        Assert.Equal(new RelationshipKey(RelationshipType.LocatedIn, Harreragune, "bilbao"), deleted.Key);
        Assert.Equal("bizkaia", Assert.IsType<PutRelationship>(plan.Writes[1]).Relationship.ToId);
        Assert.Equal(1, plan.Report.Updated["LOCATED_IN"]);
    }

    [Fact]
    public void two_located_in_for_one_institution_are_a_problem_naming_the_second_row()
    {
        var plan = Plan(Elements(), Connections($"{Smus},bizkaia,LOCATED_IN,,,,{Source}", $"{Smus},bilbao,LOCATED_IN,,,,{Source}"));

        var problem = Assert.Single(plan.Report.Problems);
        Assert.Equal((SpreadsheetLayout.Connections, 3), (problem.Sheet, problem.Row));
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public void a_within_that_closes_a_circle_is_a_problem_and_nothing_is_planned()
    {
        var plan = Plan(Elements(), Connections($"basque-country,bilbao,WITHIN,,,,{Source}"));

        var problem = Assert.Single(plan.Report.Problems);
        Assert.Contains("circle", problem.Message, StringComparison.Ordinal);
        Assert.Equal((SpreadsheetLayout.Connections, 2, SpreadsheetLayout.To), (problem.Sheet, problem.Row, problem.Column));
        Assert.Empty(plan.Writes);
    }

    [Theory]
    [InlineData($"x,X,Person,d,MUNICIPAL,NGO,,,,{Source}", "Type", "not a Type; expected one of Institution")]
    [InlineData($"x,X,FeedbackItem,d,,,,,,{Source}", "Type", "Feedback items are not imported")]
    [InlineData($"x,X,Institution,d,LOCAL,NGO,,,,{Source}", "Level", "'LOCAL' is not a GovernanceLevel; expected one of MUNICIPAL")]
    [InlineData($"x,X,Institution,,MUNICIPAL,NGO,,,,{Source}", "Description", "Property 'description' is required")]
    [InlineData($"x,X,Institution,d,MUNICIPAL,NGO,,WEEKLY,,{Source}", "Cadence", "A Institution has no Cadence")]
    [InlineData("x,X,Institution,d,MUNICIPAL,NGO,,,,,,", "Source Title", "A new node needs at least one source")]
    [InlineData($"Bad_Id,X,Institution,d,MUNICIPAL,NGO,,,,{Source}", "ID", "is not an id")]
    [InlineData($"{Harreragune},X,Network,d,MUNICIPAL,FORUM,,MONTHLY,INFORMAL,{Source}", "ID", "is a Institution in the graph, not a Network")]
    [InlineData($"x,X,Institution,d,MUNICIPAL,NGO,nowhere,,,{Source}", "Territory", "'nowhere' names no Territory")]
    [InlineData($"x,X,Institution,Write to someone@example.org,MUNICIPAL,NGO,,,,{Source}", "Description", "looks like an e-mail address")]
    public void an_element_row_problem_names_its_sheet_row_and_column(string row, string column, string message)
    {
        var plan = Plan(Elements(row), Connections());

        Assert.Contains(plan.Report.Problems, p => p.Sheet == SpreadsheetLayout.Elements && p.Row == 2 && p.Column == column
            && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(plan.Writes);
    }

    [Theory]
    [InlineData($"{Smus},{Lanbide},KNOWS,,,,{Source}", "Type", "not a connection Type")]
    [InlineData($"{Smus},{Lanbide},RAISED,,,,{Source}", "Type", "joins feedback items")]
    [InlineData($"{Smus},{Lanbide},REFERS_TO,undirected,,,{Source}", "Direction", "not a Direction")]
    [InlineData($"{Smus},{Lanbide},MEMBER_OF,,MEMBER,,{Source}", "To", "must be Network, but 'lanbide' is Institution")]
    [InlineData($"{Smus},{HarreraguneCoordination},MEMBER_OF,,BOSS,,{Source}", "Role", "'BOSS' is not a MembershipRole")]
    [InlineData($"{Smus},{HarreraguneCoordination},MEMBER_OF,,,,{Source}", "Role", "Property 'role' is required")]
    [InlineData($"{Smus},{Lanbide},REFERS_TO,,,,Call +34 944 123 456,,", "Source Title", "looks like a phone number")]
    public void a_connection_row_problem_names_its_sheet_row_and_column(string row, string column, string message)
    {
        var plan = Plan(Elements(), Connections(row));

        Assert.Contains(plan.Report.Problems, p => p.Sheet == SpreadsheetLayout.Connections && p.Row == 2 && p.Column == column
            && p.Message.Contains(message, StringComparison.Ordinal));
        Assert.Empty(plan.Writes);
    }

    [Fact]
    public void a_missing_header_column_and_an_unknown_one_are_problems_of_row_one()
    {
        var plan = Plan(Csv(SpreadsheetLayout.Elements, "ID,Label,Levle\nx,X,MUNICIPAL\n"), Connections());

        Assert.Contains(plan.Report.Problems, p => p.Row == 1 && p.Column == "Type" && p.Message.Contains("no Type column", StringComparison.Ordinal));
        Assert.Contains(plan.Report.Problems, p => p.Row == 1 && p.Column == "Levle");
    }

    [Fact]
    public void a_column_absent_from_the_sheet_leaves_the_property_as_stored_and_an_empty_cell_clears_it()
    {
        var stored = SeedGraph.Value.Nodes.Single(n => n.Id == Smus);
        var acronym = Csv(SpreadsheetLayout.Elements, $"ID,Label,Type,Acronym\n{Smus},{stored.GetString("name")},Institution,\n");

        var update = Assert.IsType<UpdateNode>(Assert.Single(Plan(acronym, Connections()).Writes));

        Assert.False(update.Properties.ContainsKey("acronym"));
        Assert.Equal(stored.GetString("description"), update.Properties["description"]);
        Assert.Equal(stored.Sources, update.Sources);
    }

    [Fact]
    public void a_referral_theme_naming_a_node_that_is_not_a_theme_is_a_problem_of_the_theme_column()
    {
        var plan = Plan(Elements(), Csv(SpreadsheetLayout.Connections, $"From,To,Type,Theme,Source Title,Source URL,Source Locator\n{Smus},{Lanbide},REFERS_TO,{Lanbide},{Source}"));

        var problem = Assert.Single(plan.Report.Problems);
        Assert.Equal((SpreadsheetLayout.Connections, 2, "Theme"), (problem.Sheet, problem.Row, problem.Column));
        Assert.Equal("'lanbide' is the id of a node of type Institution, not of a Theme.", problem.Message);
        Assert.Empty(plan.Writes);
    }
}
