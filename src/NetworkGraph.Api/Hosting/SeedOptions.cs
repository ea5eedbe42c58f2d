using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Hosting;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The folder holding the seed files, relative to the application's folder unless absolute.</summary>
    [Required(ErrorMessage = "Seed:Directory must name the folder of the seed files.")]
    public string Directory { get; set; } = "seed";

    /// <summary>
    /// The files to load, comma-separated, in order; later files may point to nodes of earlier ones.
    /// One text rather than a list, because configuration merges lists index by index: a list given
    /// on the command line would extend the default instead of replacing it.
    /// </summary>
    [Required(ErrorMessage = "Seed:Files must name at least one file.")]
    public string Files { get; set; } = "bilbao.json,illustrative-feedback.json,illustrative-territory.json";

    public IReadOnlyList<string> FileNames => Files.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Load the seed on start when the store holds no node.</summary>
    public bool LoadWhenEmpty { get; set; } = true;
}
