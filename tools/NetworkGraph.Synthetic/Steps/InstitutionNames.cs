using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;
using static NetworkGraph.Core.Graph.ActorKind;
using static NetworkGraph.Core.Graph.GovernanceLevel;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>Names that read like the institutions of the Bilbao seed, built on invented places.</summary>
internal static class InstitutionNames
{
    public static string Anchor(Place place) => place.Level switch
    {
        Municipal => $"{place.Name} City Council",
        Provincial => $"{place.Name} Council",
        Regional or National => $"Government of {place.Name}",
        European => "European Commission",
        _ => "International Migration Agency",
    };

    public static string For(SyntheticWorld world, GovernanceLevel level, ActorKind kind, Place place)
    {
        var at = place.Name;
        var name = (level, kind) switch
        {
            (Municipal or Provincial or Regional, PublicAuthority) => $"{at} Department of {world.Pick(Vocabulary.Departments)}",
            (National, PublicAuthority) when place.Level == Provincial => $"State Subdelegation in {at}",
            (National, PublicAuthority) => $"{at} Ministry of {world.Pick(Vocabulary.Departments)}",
            (European, PublicAuthority) => $"European {world.Pick(Vocabulary.EuropeanBodies)}",
            (Municipal, PublicService) => $"{at} {world.Pick(Vocabulary.MunicipalServices)}",
            (_, PublicService) => $"{at} {world.Pick(Vocabulary.HigherServices)}",
            (European, Ngo) => $"European {world.Pick(Vocabulary.NgoWords)} Network",
            (International, Ngo) => $"International {world.Pick(Vocabulary.NgoWords)} Alliance",
            (_, Ngo) => $"{at} {world.Pick(Vocabulary.NgoWords)} {world.Pick(Vocabulary.NgoForms)}",
            (Municipal, DiasporaAssociation) => $"{world.Pick(Vocabulary.Origins)} Community Association of {at}",
            (_, DiasporaAssociation) => $"Federation of {world.Pick(Vocabulary.Origins)} Associations of {at}",
            (_, SocialEnterprise) => $"{world.Pick(Vocabulary.NgoWords)} {world.Pick(Vocabulary.SocialEnterpriseForms)} of {at}",
            (Municipal or Provincial or Regional or National, Academia) => $"{at} {world.Pick(Vocabulary.Academia)}",
            (_, Academia) => $"European {world.Pick(Vocabulary.Departments)} Research Network",
            (Municipal, PrivateSector) => $"{world.Faker.Company.CompanyName()} {world.Pick(Vocabulary.Sectors)} Services",
            (European, PrivateSector) => $"European {world.Pick(Vocabulary.Sectors)} Federation",
            (_, PrivateSector) => $"{at} {world.Pick(Vocabulary.Sectors)} Employers' Federation",
            (European, InternationalOrganisation) => $"{world.Pick(Vocabulary.InternationalBodies)} Europe Office",
            (_, InternationalOrganisation) => world.Pick(Vocabulary.InternationalBodies),
            _ => $"{at} {kind}",
        };
        return world.UniqueName(name);
    }

    /// <summary>Initials of the capitalised words, as public bodies abbreviate themselves.</summary>
    public static string Acronym(string name) =>
        new([.. name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0])]);

    public static string KindPhrase(ActorKind kind) => kind switch
    {
        PublicAuthority => "public authority",
        PublicService => "public service",
        Ngo => "NGO",
        DiasporaAssociation => "diaspora association",
        Academia => "research and education body",
        SocialEnterprise => "social enterprise",
        InternationalOrganisation => "international organisation",
        _ => "private-sector body",
    };
}
