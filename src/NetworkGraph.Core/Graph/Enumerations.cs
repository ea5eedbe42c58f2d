namespace NetworkGraph.Core.Graph;

/// <summary>Ordered from local to global: comparisons between levels rely on this order.</summary>
public enum GovernanceLevel { Municipal, Provincial, Regional, National, European, International }

public enum ActorKind
{
    PublicAuthority, PublicService, Ngo, DiasporaAssociation, Academia, SocialEnterprise,
    InternationalOrganisation, PrivateSector,
}

public enum NetworkKind { Commission, CoordinationTable, Taskforce, Council, Forum, Partnership, NetworkOfNetworks }

public enum Cadence { Weekly, Monthly, Quarterly, Biannual, Annual, OnDemand }

public enum Formality { Institutionalised, Informal, AdHoc }

public enum MembershipRole { Convenor, Chair, Secretariat, Member, Observer }

public enum ResponsibilityKind { Funding, LegalFramework, ServiceDelivery, Referral, Coordination, DataAndEvidence, Advocacy }

public enum HoldingRole { Lead, Support }

public enum FeedbackStatus { Submitted, Triaged, Discussed, Escalated, Resolved, ReportedBack, Declined }

/// <summary>What kind of place a territory is, from the smallest to the largest.</summary>
public enum TerritoryKind { Municipality, Province, Region, State, Supranational }
