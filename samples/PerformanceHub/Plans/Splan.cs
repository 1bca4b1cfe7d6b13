using StrategicPlanning.Cli;

namespace PerformanceHub.Plans;

/// <summary>
/// Runs splan's commands in-process, so what the API answers is splan's own output, byte for byte (the same JSON
/// Schemas as <c>splan schema --output …</c>). splan reads files: each version's document is written once to
/// <c>DataFolder/versions/SHA.json</c> (versions are immutable, so the file never changes), and uploads go to a
/// per-request folder that is deleted afterwards.
/// </summary>
public sealed class Splan
{
    private readonly string versions;
    private readonly string scratch;

    public Splan(string dataFolder)
    {
        versions = Path.Combine(dataFolder, "versions");
        scratch = Path.Combine(dataFolder, "scratch");
        if (Directory.Exists(scratch))
        {
            // Left by a request cut short (a crash, a kill): nothing in it is needed any more.
            Directory.Delete(scratch, recursive: true);
        }

        Directory.CreateDirectory(versions);
        Directory.CreateDirectory(scratch);
    }

    /// <summary>Runs <c>splan ARGS</c> and returns what it printed.</summary>
    public static SplanResult Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SplanApp.Run(args, output, error);
        return new SplanResult(exit, output.ToString(), error.ToString());
    }

    /// <summary>The path of a file holding <paramref name="document"/> (whose SHA-256 is <paramref name="sha256"/>).</summary>
    public string FileOf(string sha256, string document)
    {
        var path = Path.Combine(versions, sha256 + ".json");
        if (!File.Exists(path))
        {
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, document);
            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    /// <summary>A new empty folder for one request's files; dispose the result to delete it.</summary>
    public ScratchFolder NewScratch() => new(Path.Combine(scratch, Guid.NewGuid().ToString("N")));

    /// <summary>
    /// A scratch folder made earlier by <see cref="NewScratch"/> and kept (a previewed return waiting for its commit),
    /// by its name; null when the name is not one <see cref="NewScratch"/> makes or the folder is gone.
    /// </summary>
    public ScratchFolder? OpenScratch(string? name) =>
        name is { Length: 32 } && name.All(char.IsAsciiHexDigitLower) && Directory.Exists(Path.Combine(scratch, name))
            ? new ScratchFolder(Path.Combine(scratch, name))
            : null;
}
