using System.ComponentModel.DataAnnotations;

namespace NetworkGraph.Api.Hosting;

public sealed class SeedOptions
{
    public const string Section = "Seed";

    /// <summary>The folder holding the seed files, relative to the application's folder unless absolute.</summary>
    [Required(ErrorMessage = "Seed:Directory must name the folder of the seed files.")]
    public string Directory { get; set; } = "seed";

    /// <summary>The files to load, in order; later files may point to nodes of earlier ones.</summary>
    [MinLength(1, ErrorMessage = "Seed:Files must name at least one file.")]
    public string[] Files { get; set; } = ["bilbao.json", "illustrative-feedback.json"];

    /// <summary>Load the seed on start when the store holds no node.</summary>
    public bool LoadWhenEmpty { get; set; } = true;
}
