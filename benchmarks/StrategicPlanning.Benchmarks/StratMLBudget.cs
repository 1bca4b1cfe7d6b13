using System.Globalization;
using System.Runtime;
using System.Xml;
using StrategicPlanning.StratML;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// StratML import in the budget (issue 20, point 5): importing the largest real document in samples/data/stratml, and a
/// 50 MB generated one, takes at most three times an <see cref="XmlReader"/> pass that reads every node of the same bytes
/// (its name, its attributes' values, its text) and nothing more; and the import's peak memory is at most four times the
/// file. The hostile shape (one indicator, 837,838 results kept as they are) is measured and shown, not judged.
/// </summary>
/// <remarks>
/// Memory is the peak resident set of a child process that imports the file from a <see cref="FileStream"/> (so the
/// file's bytes are never held whole), less its resident set just before: what the machine must really have, garbage
/// and the collector's slack included, which a count of allocated bytes (which never peaks) or of live bytes (which
/// misses the slack) would not say. The child runs under workstation GC, the .NET default for a library's host; the
/// peak is reset (Linux <c>/proc/self/clear_refs</c>) after a warm-up import of a small sample has compiled the code.
/// </remarks>
internal static class StratMLBudget
{
    internal const int OrdinaryBytes = 50 * 1024 * 1024;

    internal const int HostileResults = 837_838;

    /// <summary>Measures the three lines and adds them to <paramref name="results"/>, and shows the hostile shape's figures.</summary>
    public static void Run(TextWriter output, List<(string Name, double Measured, double Limit)> results)
    {
        var load = File.Exists("/proc/loadavg") ? $"; load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : string.Empty;
        var sample = LargestSample();
        var bytes = File.ReadAllBytes(sample);
        var (xml, import, ratio) = Budget.Paired(21, () => Repeat(10, () => ReadEveryNode(bytes)), () => Repeat(10, () => Import(bytes)));
        results.Add(("stratml-import/XmlReader@largest-sample", ratio, 3.0));
        Budget.Report(output, results[^1], string.Create(CultureInfo.InvariantCulture,
            $"import {Budget.Ms(import / 10)}, XmlReader pass {Budget.Ms(xml / 10)}; {Path.GetFileName(sample)}, {bytes.Length / 1024:N0} KB{load}"));

        var file = Path.Combine(Path.GetTempPath(), $"splan-budget-stratml-{Environment.ProcessId}.xml");
        try
        {
            StratMLDocuments.WriteOrdinary(file, OrdinaryBytes);
            Measure(output, results, file, "50MB", "an ordinary generated Part 2 plan", judged: true);
            StratMLDocuments.WriteHostile(file, HostileResults);
            Measure(output, results, file, "hostile", $"one indicator with {HostileResults:N0} results kept as they are", judged: false);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// The child process of the memory line (<c>-- --budget stratml-memory FILE</c>): imports the largest sample to warm
    /// up, then the file; one line, <c>stratml-memory peak P retained R allocated A file F gc NAME</c>, in bytes.
    /// </summary>
    public static int RunMemory(TextWriter output, string file)
    {
        Import(File.ReadAllBytes(LargestSample()));
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var resetPeak = ResetPeak();
        var before = Status("VmRSS:");
        var retainedBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        StratMLReadResult read;
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            read = StratMLReader.Read(stream);
        }

        var peak = Status("VmHWM:") - before;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var retained = GC.GetTotalMemory(forceFullCollection: true) - retainedBefore;
        if (read.Document is null)
        {
            throw new InvalidOperationException($"the budget's StratML did not import: {read.Error}");
        }

        GC.KeepAlive(read);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stratml-memory peak {peak} retained {retained} allocated {allocated} file {new FileInfo(file).Length} reset {resetPeak} gc {(GCSettings.IsServerGC ? "server" : "workstation")}"));
        return 0;
    }

    private static void Measure(TextWriter output, List<(string Name, double Measured, double Limit)> results, string file, string size, string shape, bool judged)
    {
        var bytes = File.ReadAllBytes(file);
        var (xml, import, ratio) = Budget.Paired(5, () => ReadEveryNode(bytes), () => Import(bytes));
        var notes = StratMLReader.Read(new MemoryStream(bytes)).Notes.Count;
        bytes = null;
        GC.Collect();
        var line = Budget.Process("dotnet", new Dictionary<string, string> { ["DOTNET_gcServer"] = "0", ["DOTNET_gcConcurrent"] = "1" },
            typeof(Budget).Assembly.Location, "--budget", "stratml-memory", file).Split('\n').Single(l => l.StartsWith("stratml-memory ", StringComparison.Ordinal)).Split(' ');
        var (peak, retained, allocated, length) = (long.Parse(line[2], CultureInfo.InvariantCulture), long.Parse(line[4], CultureInfo.InvariantCulture), long.Parse(line[6], CultureInfo.InvariantCulture), long.Parse(line[8], CultureInfo.InvariantCulture));
        var memory = (double)peak / length;
        var timing = string.Create(CultureInfo.InvariantCulture, $"import {Budget.Ms(import)}, XmlReader pass {Budget.Ms(xml)}; {shape}, {Budget.Mb(length)}, {notes:N0} notes");
        var footprint = string.Create(CultureInfo.InvariantCulture,
            $"peak resident set {Budget.Mb(peak)} above the {line[12]}-GC child's before (peak reset: {line[10]}); the result holds {Budget.Mb(retained)}, the import allocates {Budget.Mb(allocated)}");
        if (judged)
        {
            results.Add(($"stratml-import/XmlReader@{size}", ratio, 3.0));
            Budget.Report(output, results[^1], timing);
            results.Add(($"stratml-import-memory/file-bytes@{size}", memory, 4.0));
            Budget.Report(output, results[^1], footprint);
        }
        else
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stratml-import/XmlReader@{size} {ratio:0.00} (shown, not judged: {timing})"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stratml-import-memory/file-bytes@{size} {memory:0.00} (shown, not judged: {footprint})"));
        }
    }

    /// <summary>The baseline: the reader the import uses, set up the same way, over every node, taking each name, attribute value and text.</summary>
    private static long ReadEveryNode(byte[] bytes)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            MaxCharactersInDocument = StratMLReadOptions.Default.MaxCharacters,
        };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var length = 0L;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                length += reader.LocalName.Length + reader.NamespaceURI.Length;
                while (reader.MoveToNextAttribute())
                {
                    length += reader.Value.Length;
                }
            }
            else
            {
                length += reader.Value.Length;
            }
        }

        return length;
    }

    private static void Import(byte[] bytes)
    {
        var read = StratMLReader.Read(new MemoryStream(bytes));
        if (read.Document is null)
        {
            throw new InvalidOperationException($"the budget's StratML did not import: {read.Error}");
        }
    }

    private static void Repeat(int times, Action action)
    {
        for (var i = 0; i < times; i++)
        {
            action();
        }
    }

    /// <summary>Resets the process's peak resident set (VmHWM) to its current one; false where Linux does not allow it.</summary>
    private static bool ResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A size from /proc/self/status, in bytes.</summary>
    private static long Status(string key)
    {
        var line = File.ReadLines("/proc/self/status").Single(l => l.StartsWith(key, StringComparison.Ordinal));
        return long.Parse(line[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The largest document in samples/data/stratml, from the repository folder above this program (or the current folder).</summary>
    private static string LargestSample()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var samples = Path.Combine(folder.FullName, "samples", "data", "stratml");
                if (Directory.Exists(samples))
                {
                    return new DirectoryInfo(samples).GetFiles("*.xml").MaxBy(f => f.Length)!.FullName;
                }
            }
        }

        throw new InvalidOperationException($"samples/data/stratml is not found above {AppContext.BaseDirectory}");
    }
}
