namespace NetworkGraph.Tests.Support;

/// <summary>Facts of seed/bilbao.json that tests check, named once.</summary>
public static class SeedFacts
{
    public const string Harreragune = "harreragune";
    public const string BasqueGovernment = "basque-government";
    public const string BasqueGovernmentBasqueName = "Eusko Jaurlaritza";
    public const string BasqueGovernmentSpanishName = "Gobierno Vasco";
    public const string BasqueGovernmentName = "Basque Government";
    public const string BilbaoCityCouncil = "bilbao-city-council";
    public const string HarreraguneName = "Harreragune";
    public const string HarreraguneCoordination = "harreragune-coordination";
    public const string Smus = "smus";
    public const string Lanbide = "lanbide";
    public const string BasqueNetworkOfNetworks = "basque-network-of-networks";
    public const string InterInstitutionalCommission = "basque-inter-institutional-commission-on-migration";
    public const string PenascalCooperative = "penascal-cooperative";
    public const string PenascalName = "Peñascal Cooperative";
    public const string ReturnCounselling = "return-counselling";
    public const string ExchangePartnership = "support-to-frontline-workers";
}
