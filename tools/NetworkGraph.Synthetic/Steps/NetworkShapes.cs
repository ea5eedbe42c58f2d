using NetworkGraph.Core.Graph;
using static NetworkGraph.Core.Graph.Cadence;
using static NetworkGraph.Core.Graph.Formality;
using static NetworkGraph.Core.Graph.GovernanceLevel;
using static NetworkGraph.Core.Graph.NetworkKind;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>Which kinds of network each level holds, and how each kind meets and is formalised.</summary>
internal static class NetworkShapes
{
    public static readonly (GovernanceLevel Level, int Weight)[] Levels =
        [(Municipal, 55), (Provincial, 12), (Regional, 18), (National, 9), (European, 4), (International, 2)];

    /// <summary>
    /// The first networks drawn: every kind but NETWORK_OF_NETWORKS (regions and countries get one
    /// each of those) and every level, so that small graphs hold them all too.
    /// </summary>
    public static readonly (GovernanceLevel Level, NetworkKind Kind)[] Guaranteed =
    [
        (Regional, Commission), (Municipal, CoordinationTable), (Regional, Taskforce), (Municipal, Council),
        (European, Forum), (International, Partnership), (Provincial, CoordinationTable), (National, Commission),
    ];

    public static (NetworkKind Kind, int Weight)[] KindsAt(GovernanceLevel level) => level switch
    {
        Municipal => [(CoordinationTable, 35), (Council, 15), (Forum, 15), (Partnership, 20), (Taskforce, 15)],
        Provincial => [(Commission, 25), (CoordinationTable, 30), (Partnership, 25), (Taskforce, 10), (Forum, 10)],
        Regional => [(Commission, 25), (Taskforce, 25), (Forum, 20), (Council, 15), (Partnership, 15)],
        National => [(Commission, 35), (Council, 25), (Forum, 25), (Taskforce, 15)],
        _ => [(Partnership, 60), (Forum, 40)],
    };

    public static Cadence[] Cadences(NetworkKind kind) => kind switch
    {
        Commission => [Quarterly, Biannual, Annual],
        CoordinationTable => [Weekly, Monthly, Quarterly],
        Taskforce => [Weekly, Monthly, OnDemand],
        Council => [Quarterly, Biannual],
        Forum => [Annual, Biannual, OnDemand],
        Partnership => [Quarterly, Annual, OnDemand],
        _ => [OnDemand, Annual],
    };

    public static Formality[] Formalities(NetworkKind kind) => kind switch
    {
        Commission or Council or NetworkOfNetworks => [Institutionalised],
        Taskforce => [AdHoc, Informal],
        _ => [Institutionalised, Informal],
    };

    public static string Name(NetworkKind kind, string place, string theme) => kind switch
    {
        Commission => $"{place} Inter-institutional Commission on {theme}",
        CoordinationTable => $"{place} Coordination Table on {theme}",
        Taskforce => $"{place} Taskforce on {theme}",
        Council => $"{place} Council for {theme}",
        Forum => $"{place} Forum on Migration and {theme}",
        Partnership => $"{place} Partnership for {theme}",
        _ => $"{place} Network of Migration Networks",
    };
}
