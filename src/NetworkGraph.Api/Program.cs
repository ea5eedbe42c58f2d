using NetworkGraph.Api.Hosting;

var (command, hostArgs) = Commands.Split(args);
var builder = WebApplication.CreateBuilder(hostArgs);
builder.AddNetworkGraph();

// Disposed on every way out, a command or a failed start included: that is when the console log writes what it still holds.
await using var app = builder.Build();
app.MapNetworkGraph();

if (command.Length > 0)
{
    return await Commands.RunAsync(command, app.Services, CancellationToken.None);
}
if (!await StartupGuard.InitializeStoreAsync(app.Services))
{
    return 2;
}
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to tests that host the application.</summary>
public partial class Program;
