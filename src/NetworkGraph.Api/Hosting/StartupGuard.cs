using Microsoft.Extensions.Options;
using NetworkGraph.Core.Graph;
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
        catch (Exception e) when (e is SeedFormatException or OptionsValidationException or GraphUnavailableException)
        {
            await Console.Error.WriteLineAsync("NetworkGraph cannot start: " + e.Message);
            return false;
        }
    }
}
