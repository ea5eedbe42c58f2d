using Microsoft.Extensions.Options;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Api.Hosting;

/// <summary>Turns the failures a user can fix (a bad setting, a malformed seed, an unreachable store) into one clear message.</summary>
public static class StartupGuard
{
    public static async Task<bool> InitializeStoreAsync(IServiceProvider services)
    {
        try
        {
            await services.InitializeStoreAsync();
            return true;
        }
        catch (Exception e) when (IsUserFixable(e))
        {
            await Console.Error.WriteLineAsync("NetworkGraph cannot start: " + e.Message);
            return false;
        }
    }

    /// <summary>A failure whose message tells the user what to fix; anything else is a bug and keeps its stack trace.</summary>
    public static bool IsUserFixable(Exception exception) =>
        exception is SeedFormatException or OptionsValidationException or GraphUnavailableException or GraphCopyRefusedException;
}
