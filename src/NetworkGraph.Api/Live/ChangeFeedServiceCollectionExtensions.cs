namespace NetworkGraph.Api.Live;

public static class ChangeFeedServiceCollectionExtensions
{
    /// <summary>The one <see cref="ChangeFeedHub"/> of this instance, running beside the service.</summary>
    public static IServiceCollection AddChangeFeed(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<ChangeFeedOptions>(configuration, ChangeFeedOptions.Section);
        services.AddSingleton<ChangeFeedHub>();
        services.AddHostedService(provider => provider.GetRequiredService<ChangeFeedHub>());
        return services;
    }
}
