namespace NetworkGraph.Tests.Api;

/// <summary>One valid call of every mutation against the seed, and the roles allowed to make it.</summary>
public static class MutationDocuments
{
    public const string Submitted = "demo-fb-voluntary-return-information";
    public const string Triaged = "demo-fb-emergency-appointment-waits";
    public const string Discussed = "demo-fb-labour-rights-information";
    public const string Escalated = "demo-fb-youth-training-places";
    public const string Resolved = "demo-fb-legal-counselling-demand";

    public static readonly string[] Submitters = ["ngo", "coordinator", "admin"];
    public static readonly string[] Coordinators = ["coordinator", "admin"];
    public static readonly string[] Admins = ["admin"];

    public static IReadOnlyList<(string Name, string Document, string[] Allowed)> All { get; } =
    [
        ("submitFeedback", """mutation { submitFeedback(input: { title: "Long waits", description: "Appointments take months.", themeId: "housing", raisedBy: "arrupe-etxea" }) { id } }""", Submitters),
        ("triageFeedback", $$"""mutation { triageFeedback(input: { id: "{{Submitted}}" }) { id } }""", Coordinators),
        ("recordDiscussion", $$"""mutation { recordDiscussion(input: { id: "{{Triaged}}", meetingId: "sfw-exchange-visit-bilbao-2025" }) { id } }""", Coordinators),
        ("escalateFeedback", $$"""mutation { escalateFeedback(input: { id: "{{Discussed}}", networkId: "youth-inclusion-taskforce" }) { id } }""", Coordinators),
        ("resolveFeedback", $$"""mutation { resolveFeedback(input: { id: "{{Escalated}}", policyChangeId: "demo-policy-extra-legal-counselling-hours" }) { id } }""", Coordinators),
        ("reportBack", $$"""mutation { reportBack(input: { id: "{{Resolved}}" }) { id } }""", Coordinators),
        ("declineFeedback", $$"""mutation { declineFeedback(input: { id: "{{Submitted}}", reason: "Out of scope" }) { id } }""", Coordinators),
        ("recordMeeting", """mutation { recordMeeting(input: { networkId: "harreragune-coordination", title: "Monthly round", date: "2026-01-15", summary: "Roadmap review", attendeeIds: ["harreragune", "smus"] }) { id } }""", Coordinators),
        ("createInstitution", """mutation { createInstitution(input: { name: "Test Association", kind: NGO, level: MUNICIPAL, description: "A test." }) { id } }""", Coordinators),
        ("updateInstitution", """mutation { updateInstitution(input: { id: "diversitours", expectedVersion: 1, description: "Updated." }) { id } }""", Coordinators),
        ("deleteInstitution", """mutation { deleteInstitution(input: { id: "diversitours", detach: true }) { id } }""", Coordinators),
        ("createNetwork", """mutation { createNetwork(input: { name: "Test Table", kind: COORDINATION_TABLE, level: MUNICIPAL, cadence: MONTHLY, formality: INFORMAL, description: "A test." }) { id } }""", Coordinators),
        ("updateNetwork", """mutation { updateNetwork(input: { id: "harreragune-coordination", expectedVersion: 1, cadence: WEEKLY }) { id } }""", Coordinators),
        ("deleteNetwork", """mutation { deleteNetwork(input: { id: "sareen-sarea", detach: true }) { id } }""", Coordinators),
        ("createTheme", """mutation { createTheme(input: { name: "Digital access", description: "A test.", expectedLevels: [MUNICIPAL] }) { id } }""", Coordinators),
        ("updateTheme", """mutation { updateTheme(input: { id: "housing", expectedVersion: 1, expectedLevels: [MUNICIPAL, REGIONAL] }) { id } }""", Coordinators),
        ("deleteTheme", """mutation { deleteTheme(input: { id: "case-management", detach: true }) { id } }""", Coordinators),
        ("createResponsibility", """mutation { createResponsibility(input: { title: "Test duty", kind: COORDINATION, level: MUNICIPAL, description: "A test." }) { id } }""", Coordinators),
        ("updateResponsibility", """mutation { updateResponsibility(input: { id: "avrr-national-programme", expectedVersion: 1, description: "Updated." }) { id } }""", Coordinators),
        ("deleteResponsibility", """mutation { deleteResponsibility(input: { id: "avrr-information-on-request", detach: true }) { id } }""", Coordinators),
        ("putMembership", """mutation { putMembership(input: { institutionId: "smus", networkId: "harreragune-coordination", role: MEMBER }) { id } }""", Coordinators),
        ("removeMembership", """mutation { removeMembership(input: { institutionId: "harreragune", networkId: "harreragune-coordination" }) { id } }""", Coordinators),
        ("putFunding", """mutation { putFunding(input: { funderId: "basque-government", recipientId: "arrupe-etxea", programme: "Test" }) { id } }""", Coordinators),
        ("removeFunding", """mutation { removeFunding(input: { funderId: "basque-government", recipientId: "ikuspegi" }) { id } }""", Coordinators),
        ("putReferral", """mutation { putReferral(input: { fromId: "lanbide", toId: "penascal-cooperative", theme: "employment" }) { id } }""", Coordinators),
        ("removeReferral", """mutation { removeReferral(input: { fromId: "smus", toId: "harreragune" }) { id } }""", Coordinators),
        ("putHolding", """mutation { putHolding(input: { institutionId: "smus", responsibilityId: "avrr-information-on-request", role: SUPPORT }) { id } }""", Coordinators),
        ("removeHolding", """mutation { removeHolding(input: { institutionId: "harreragune", responsibilityId: "avrr-information-on-request" }) { id } }""", Coordinators),
        ("putResponsibilityTheme", """mutation { putResponsibilityTheme(input: { responsibilityId: "avrr-national-programme", themeId: "irregularity" }) { id } }""", Coordinators),
        ("removeResponsibilityTheme", """mutation { removeResponsibilityTheme(input: { responsibilityId: "avrr-national-programme", themeId: "return-counselling" }) { id } }""", Coordinators),
        ("putNetworkTheme", """mutation { putNetworkTheme(input: { networkId: "harreragune-coordination", themeId: "housing" }) { id } }""", Coordinators),
        ("removeNetworkTheme", """mutation { removeNetworkTheme(input: { networkId: "support-to-frontline-workers", themeId: "return-counselling" }) { id } }""", Coordinators),
        ("putPartOf", """mutation { putPartOf(input: { childId: "harreragune", parentId: "bilbao-city-council" }) { id } }""", Coordinators),
        ("removePartOf", """mutation { removePartOf(input: { childId: "smus", parentId: "bilbao-city-council" }) { id } }""", Coordinators),
        ("importGraph", """mutation { importGraph(input: { json: "{\"nodes\":[{\"label\":\"Theme\",\"id\":\"digital-access\",\"name\":\"Digital access\",\"description\":\"d\",\"expectedLevels\":[\"MUNICIPAL\"],\"sources\":[{\"title\":\"t\"}]}]}" }) { nodesCreated } }""", Admins),
    ];
}
