namespace NetworkGraph.Synthetic.World;

/// <summary>How many of each thing a graph of a given number of institutions holds.</summary>
internal sealed record SyntheticSizes(int Institutions)
{
    public int Municipalities => Math.Max(8, Institutions / 25);

    public int Provinces => Math.Max(3, Municipalities / 15);

    public int Regions => Math.Max(2, Provinces / 4);

    public int Countries => Math.Max(1, Regions / 8);

    // European and international bodies are few: they grow with the square root, not linearly.
    public int European => Math.Max(3, (int)Math.Round(Math.Sqrt(Institutions) / 2));

    public int International => Math.Max(2, (int)Math.Round(Math.Sqrt(Institutions) / 4));

    public int National => Institutions * 6 / 100;

    public int Regional => Institutions * 11 / 100;

    public int Provincial => Institutions * 11 / 100;

    public int Municipal => Institutions - National - Regional - Provincial - European - International;

    /// <summary>One network per 15 to 25 institutions.</summary>
    public int Networks => Math.Max(10, Institutions / 20);

    public int Responsibilities => Institutions / 3;

    public int FeedbackItems => Math.Max(5, Institutions / 20);

    public int FundingLinks => Institutions / 8;

    public int ReferralChains => Math.Max(3, Institutions / 30);

    /// <summary>Quiet actors per level: one in two hundred.</summary>
    public static int QuietShare(int actors) => actors / 200;
}
