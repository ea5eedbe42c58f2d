using Microsoft.Extensions.Options;
using NetworkGraph.Core.Seed;

namespace NetworkGraph.Api.Hosting;

/// <summary>Reads the configured seed files into a checked seed graph.</summary>
public sealed class SeedFiles(IOptions<SeedOptions> options)
{
    public string Folder => Path.GetFullPath(options.Value.Directory, AppContext.BaseDirectory);

    public async Task<SeedGraph> ReadAsync(CancellationToken cancellationToken)
    {
        var files = new List<SeedFile>();
        foreach (var name in options.Value.FileNames)
        {
            var path = Path.Combine(Folder, name);
            if (!File.Exists(path))
            {
                throw new SeedFormatException([$"{name}: no such file in {Folder} (setting Seed:Directory)"]);
            }
            files.Add(new SeedFile(name, await File.ReadAllTextAsync(path, cancellationToken)));
        }
        return SeedReader.Read(files);
    }
}
