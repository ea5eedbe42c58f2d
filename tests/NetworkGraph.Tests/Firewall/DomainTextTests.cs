using NetworkGraph.Core.Firewall;

namespace NetworkGraph.Tests.Firewall;

/// <summary>
/// What coordinators and NGOs really write about the network (sentences from the sourced facts and
/// the Bilbao visit report) is full of decree numbers, dates, amounts and counts; none is refused.
/// </summary>
public sealed class DomainTextTests
{
    [Theory]
    [InlineData("Created by Decreto 67/2023 (9 May, BOPV 95 of 22/05/2023)")]
    [InlineData("reglamento approved by Pleno 21/02/2024, published Orden 1 Mar 2024 (BOPV 74, 15/04/2024)")]
    [InlineData("Decreto 200/2002 (30 Aug, BOPV 175 of 16/09/2002), created with the new Dirección de Inmigración (Decreto 40/2002)")]
    [InlineData("year 1: 4,015 people, 88 nationalities (Morocco 25%, Colombia 18%, Algeria 15%)")]
    [InlineData("demands: legal 26%, social 15%, training/basic needs 9%, padrón 8%, health 6%, employment 6%; 448 from neighbouring towns")]
    [InlineData("budget 9 → 15 M€ for 2023")]
    [InlineData("Opened 18 Nov 2024, C/ Colón de Larreategi 3, Bilbao")]
    [InlineData("INE/DGCAL technical instructions Resolución 17 Feb 2020 (BOE-A-2020-4784); cession rule LBRL art. 16.3")]
    [InlineData("Manages RGI (Ley 14/2022 Sistema Vasco de Garantía de Ingresos y para la Inclusión; reglamento Decreto 173/2023 in force 1 Jan 2024)")]
    [InlineData("euskadi.eus BOPV 2023005426; elcorreo.com 2025-03 RGI; zahoribo BOE-A-2023-1405 excerpt")]
    [InlineData("Regulated by Decreto 307/2024 (22 Oct) under Ley 14/2022")]
    [InlineData("arraigo (reforms of 2024–2025 that have expanded regularisation opportunities)")]
    [InlineData("applications rose +20% after the 2024–2025 reforms")]
    [InlineData("28 points Jan 2023 (10 Bizkaia, 10 Gipuzkoa, 8 Araba), 30+ offices 2024; 2023: 23,592 individual + 4,276 professional queries")]
    [InlineData("602 minors in 16 centres, \"excepcionalidad\" declared 28 Nov 2024; 567 tutelados at 31 Mar 2025")]
    [InlineData("foreign-origin share rose 3.2%→12.4% in 20 years")]
    [InlineData("winter device requires 3 months' continued stay in Bilbao; 4 social workers (2019); >2-month waits (2024, 2026)")]
    [InlineData("Constituted 2011 (first executive commission Feb 2011, 17 associations); 31 member associations after Dec 2025 plenary")]
    [InlineData("2-year pilot to replicate in other capitals / >20,000-inhabitant towns")]
    [InlineData("Dates: 30 September – 1 October 2025")]
    [InlineData("Born from a request by the 24/7 Municipal Social Emergency Services (SMUS)")]
    [InlineData("irekia.euskadi.eus/es/news/80813-migracion; ondavasca.com/el-gobierno-vasco-destinara-un-60-mas")]
    [InlineData("deia.eus/bilbao/2011/02/15 and bizkaiagaur.com 2019/07/10; omal.info/spip.php?article9069")]
    [InlineData("europapress.es 2025-12-18; naiz.eus 2026-01-29; elcorreo.com 2025-10-16 Berean")]
    [InlineData("V Plan de Actuación Ciudadanía, Interculturalidad e Inmigración 2018-2020; VI Plan 2022-2025")]
    [InlineData("Follow-up meeting 2025-10-01 at 09:30 CEST, feedback id fb-01j9zq3k7m8n2p4r6s8t0v2x4y")]
    [InlineData("COVID19 response funded under H2020; ISO 9001 audit; A4 leaflets")]
    [InlineData("Aholku Sarea: 28 points, 8 social entities, the 2003 founding network, ~50 members and 10 working commissions")]
    [InlineData("The coordination table meets monthly; 1,250 referrals in 2024 and 1.380 in 2025, up 10,4 %")]
    [InlineData("Red Cross in 3 territories; 52 collectives; ~17% of residents of foreign origin; 448 from 12 towns")]
    [InlineData("A budget of 15.000.000 € (2023) and 9.000.000 € (2022) for programmes")]
    [InlineData("postal code 48001, Bilbao; 48013 Deusto; teléfono de la oficina en la web del Ayuntamiento")]
    public void ordinary_domain_text_is_not_a_hit(string text) =>
        Assert.Empty(PersonalDataGuard.ScanAll([("description", text)]));
}
