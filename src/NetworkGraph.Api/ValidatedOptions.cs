using Microsoft.Extensions.Options;

namespace NetworkGraph.Api;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds a settings class to its section and checks it on start, so a bad setting stops the host with a
    /// message that names it instead of failing on first use.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
