namespace NetworkGraph.Synthetic.Steps;

/// <summary>Words the generator composes names from, in the register of the Bilbao seed.</summary>
internal static class Vocabulary
{
    public static readonly string[] Departments =
    [
        "Social Action", "Equality and Diversity", "Employment and Economic Development", "Housing", "Education", "Health",
        "Citizen Participation", "Migration and Asylum", "Youth", "Welfare", "Justice", "Interior", "Labour", "Inclusion",
    ];

    public static readonly string[] MunicipalServices =
    [
        "Social Emergency Service", "Reception Office", "Employment Office", "Housing Office", "Youth Service",
        "Legal Advice Office", "Intercultural Mediation Service", "Language Learning Centre", "Homelessness Outreach Team",
        "Family Support Centre", "Registration Office",
    ];

    public static readonly string[] HigherServices =
    [
        "Child Protection Service", "Income Guarantee Service", "Public Employment Service", "Asylum Reception Service",
        "Health Card Office", "Housing Agency", "Social Inclusion Service", "Return Programme Office", "Vocational Training Agency",
    ];

    public static readonly string[] NgoWords =
    [
        "Open Doors", "Common Ground", "Bridges", "New Horizons", "Welcome", "Crossroads", "Harbour", "Compass", "Lantern",
        "Roots and Routes", "Shared Table", "Solidarity", "Hand in Hand", "First Steps", "Safe Haven", "Pathways",
        "Neighbours", "Kaleidoscope", "Mosaic", "Together",
    ];

    public static readonly string[] NgoForms = ["Association", "Foundation", "Collective", "Network", "Centre"];

    public static readonly string[] Origins =
    [
        "Moroccan", "Algerian", "Senegalese", "Nigerian", "Colombian", "Venezuelan", "Ecuadorian", "Peruvian", "Bolivian",
        "Honduran", "Romanian", "Ukrainian", "Pakistani", "Chinese", "Georgian", "Syrian", "Paraguayan", "Brazilian", "Malian",
        "Guinean", "Gambian", "Ghanaian", "Cameroonian", "Dominican", "Cuban", "Bangladeshi", "Afghan", "Nicaraguan",
        "Argentinian", "Mauritanian",
    ];

    public static readonly string[] Academia =
    [
        "Adult Education School", "University", "Migration Observatory", "Institute of Social Research",
        "Centre for Intercultural Studies", "Vocational Training Centre", "Institute for Migration Studies",
    ];

    public static readonly string[] SocialEnterpriseForms = ["Cooperative", "Works", "Social Enterprise", "Training Company"];

    public static readonly string[] InternationalBodies =
    [
        "International Migration Agency", "Refugee Agency", "International Labour Office", "Red Crescent Federation",
        "Children's Fund", "Development Programme", "Human Rights Office",
    ];

    public static readonly string[] EuropeanBodies =
    [
        "Directorate-General for Migration", "Directorate-General for Employment", "Asylum Agency", "Fundamental Rights Agency",
        "Directorate-General for Regional Policy", "Border and Coast Guard Agency", "Committee of the Regions Commission",
    ];

    public static readonly string[] Sectors = ["Hospitality", "Construction", "Care", "Agriculture", "Logistics", "Retail"];

    public static readonly string[] FeedbackIssues =
    [
        "Long waits for appointments on {0}", "No interpreter available in {0} services", "Information on {0} not available in community languages",
        "Eligibility rules for {0} exclude newcomers", "Too few places in {0} programmes", "Documents required for {0} cannot be obtained",
        "Referrals on {0} are lost between services", "Online-only procedures for {0} shut people out",
    ];

    public static readonly string[] PolicyChanges =
    [
        "Reserved appointment slots for {0}", "Interpreting budget for {0} services", "Multilingual guide to {0}",
        "Simplified eligibility for {0}", "Extra places in {0} programmes", "Shared referral protocol on {0}",
        "In-person help desks for {0}",
    ];

    public static readonly string[] DeclineReasons =
    [
        "Outside the competences of the networks involved.", "Already addressed by a measure in force.",
        "Not enough evidence gathered to act on.", "Duplicates an item under discussion.",
    ];

    public static readonly string[] TriageNotes =
    [
        "Accepted for the next coordination meeting.", "Grouped with similar items from the same territory.",
        "Needs input from the services concerned.",
    ];
}
