using StrategicPlanning.Json;
using StrategicPlanning.StratML;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// What the fuzzer starts from: every sample document (samples/data, JSON and StratML), every JSON document under
/// tests/, the plan documents the StratML samples import as, and every input kept in Fuzz/Regressions.
/// </summary>
internal static class FuzzCorpus
{
    private static readonly Lazy<IReadOnlyList<Seed>> All = new(Load);

    /// <summary>Gets the repository root: the folder above the test output that holds StrategicPlanning.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Gets the folder kept failing inputs are written to and replayed from.</summary>
    public static string Regressions => Path.Combine(RepositoryRoot, "tests", "StrategicPlanning.Cli.Tests", "Fuzz", "Regressions");

    public static IReadOnlyList<Seed> Seeds => All.Value;

    /// <summary>
    /// Picks a document to mutate. Large documents (the Derby plan, the StratML samples) are picked less often, and
    /// kept inputs too: a case on a small document is many times faster, and most defects show in small ones.
    /// </summary>
    public static Seed Pick(Random random)
    {
        var total = Seeds.Sum(s => s.Weight);
        var at = random.NextDouble() * total;
        foreach (var seed in Seeds)
        {
            at -= seed.Weight;
            if (at < 0)
            {
                return seed;
            }
        }

        return Seeds[^1];
    }

    /// <summary>The kept inputs: every file in <see cref="Regressions"/> but the .args files that go with them.</summary>
    public static IEnumerable<string> RegressionInputs() =>
        Directory.Exists(Regressions)
            ? Directory.EnumerateFiles(Regressions).Where(f => !f.EndsWith(".args", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            : [];

    private static List<Seed> Load()
    {
        var root = RepositoryRoot;
        var seeds = new List<Seed>();
        var samples = Path.Combine(root, "samples", "data");
        foreach (var file in Directory.EnumerateFiles(samples, "*.json").Order(StringComparer.Ordinal))
        {
            seeds.Add(new Seed(Path.GetRelativePath(root, file), File.ReadAllBytes(file), IsXml: false));
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, file);
            if (!relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Regressions"))
            {
                seeds.Add(new Seed(relative, File.ReadAllBytes(file), IsXml: false));
            }
        }

        foreach (var file in Directory.EnumerateFiles(Path.Combine(samples, "stratml"), "*.xml").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            seeds.Add(new Seed(Path.GetRelativePath(root, file), bytes, IsXml: true));
            using var stream = new MemoryStream(bytes, writable: false);
            if (StratMLReader.Read(stream).Document is { } imported)
            {
                seeds.Add(new Seed(Path.GetRelativePath(root, file) + " (imported)", PlanJson.WriteUtf8(imported), IsXml: false));
            }
        }

        foreach (var file in RegressionInputs())
        {
            seeds.Add(new Seed(Path.GetRelativePath(root, file), File.ReadAllBytes(file), IsXml: file.EndsWith(".xml", StringComparison.Ordinal)));
        }

        return seeds;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StrategicPlanning.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with StrategicPlanning.sln) was not found above the test output.");
    }

    /// <summary>A document the fuzzer mutates.</summary>
    /// <param name="Name">Its path in the repository.</param>
    /// <param name="Bytes">Its bytes.</param>
    /// <param name="IsXml">Whether it is StratML.</param>
    internal sealed record Seed(string Name, byte[] Bytes, bool IsXml)
    {
        /// <summary>Gets how often the seed is picked, relative to the others.</summary>
        public double Weight { get; } = Math.Clamp(32_000.0 / Math.Max(1, Bytes.Length), 0.08, 1) * (Name.Contains("Regressions", StringComparison.Ordinal) ? 0.1 : 1);
    }
}
