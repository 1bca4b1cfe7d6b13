using System.Diagnostics;
using System.Globalization;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// The native CLI's line in the budget (issue 20, point 4): the whole <c>splan validate</c> and <c>splan score</c>
/// process, native AOT, on the Derby sample takes at most twice what <c>jq . FILE</c> takes on the same file. The
/// binary is the one <c>SPLAN_BINARY</c> names (publish it with <c>dotnet publish src/StrategicPlanning.Cli -c Release
/// -r linux-x64 -p:PublishAot=true -o DIR</c>, see docs/cli.md); without it, or without jq, the lines are skipped and
/// say why.
/// </summary>
internal static class NativeBudget
{
    private const int Runs = 21;

    private const string Sample = "samples/data/derby-council-plan-2022-25.json";

    /// <summary>Measures the two lines and adds them to <paramref name="results"/>, or says why they are skipped.</summary>
    public static void Run(TextWriter output, List<(string Name, double Measured, double Limit)> results)
    {
        var binary = Environment.GetEnvironmentVariable("SPLAN_BINARY");
        var jq = OnPath("jq");
        var sample = FindSample();
        var missing = (binary, jq, sample) switch
        {
            (null or "", _, _) => "SPLAN_BINARY is not set: publish splan native (docs/cli.md) and set it to the binary",
            _ when !File.Exists(binary) => $"SPLAN_BINARY={binary} does not exist",
            (_, null, _) => "jq is not installed (apt-get install jq)",
            (_, _, null) => $"{Sample} is not found above {AppContext.BaseDirectory}",
            _ => null,
        };
        if (missing is not null)
        {
            output.WriteLine($"native-splan/jq: SKIP ({missing})");
            return;
        }

        var load = File.Exists("/proc/loadavg") ? $"; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : string.Empty;
        string[][] commands = [[jq!, ".", sample!], [binary!, "validate", sample!], [binary!, "score", sample!, "--as-of", "2025-03-31"]];
        var medians = Medians(commands);
        foreach (var (name, i) in new[] { ("validate", 1), ("score", 2) })
        {
            results.Add(($"native-splan-{name}/jq@derby", medians[i] / medians[0], 2.0));
            Budget.Report(output, results[^1], string.Create(CultureInfo.InvariantCulture,
                $"whole process, median of {Runs} taken in turn: splan {name} {Budget.Ms(medians[i])}, jq . {Budget.Ms(medians[0])}; {new FileInfo(sample!).Length / 1024:N0} KB{load}"));
        }
    }

    /// <summary>
    /// Runs each command once to warm up, then all in turn <see cref="Runs"/> times, so that a shared machine's noise
    /// falls on each alike; the median wall time of each, in seconds.
    /// </summary>
    private static double[] Medians(string[][] commands)
    {
        Array.ForEach(commands, command => RunOnce(command[0], command[1..]));
        var times = commands.Select(_ => new double[Runs]).ToArray();
        for (var run = 0; run < Runs; run++)
        {
            for (var i = 0; i < commands.Length; i++)
            {
                times[i][run] = RunOnce(commands[i][0], commands[i][1..]);
            }
        }

        return times.Select(t => t.Order().ElementAt(Runs / 2)).ToArray();
    }

    private static double RunOnce(string file, string[] args)
    {
        var start = new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        stdout.Wait();
        var elapsed = watch.Elapsed.TotalSeconds;
        return process.ExitCode == 0
            ? elapsed
            : throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {process.ExitCode}: {stderr.Result}");
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);

    /// <summary>The Derby sample, from the repository folder above this program (or the current folder).</summary>
    private static string? FindSample()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, Sample);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
