using System.Globalization;
using NetworkGraph.Core.Graph;
using NetworkGraph.Synthetic.World;

namespace NetworkGraph.Synthetic.Steps;

/// <summary>Dates drawn from fixed windows: never from the clock, so output depends on the seed alone.</summary>
internal static class Dates
{
    public static DateOnly Between(SyntheticWorld world, DateOnly from, DateOnly to) =>
        from.AddDays(world.Random.Number(0, to.DayNumber - from.DayNumber));

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant during office hours of that day, in UTC.</summary>
    public static DateTimeOffset OfficeHours(SyntheticWorld world, DateOnly date) =>
        new(date.ToDateTime(new TimeOnly(world.Random.Number(8, 16), world.Random.Number(0, 3) * 15)), TimeSpan.Zero);

    public static string Text(DateTimeOffset instant) => Instants.Format(instant);
}
