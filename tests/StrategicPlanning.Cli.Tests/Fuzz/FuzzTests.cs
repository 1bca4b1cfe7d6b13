using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// Issue 14: every sample and test document, mutated (bytes flipped, members deleted and duplicated, types swapped,
/// edge numbers, dates, periods and durations), goes through every splan command in-process and every library front
/// door: splan exits 0, 1 or 2 only, nothing throws, and no case takes longer than the hang guard allows. The seed
/// is fixed unless <c>SPLAN_FUZZ_SEED</c> says otherwise (see <see cref="FuzzSettings"/>); every input that fails is
/// shrunk and kept in Fuzz/Regressions, and every kept input is replayed on every run.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int MaxFailures = 5;

    public static TheoryData<string> KeptInputs()
    {
        var data = new TheoryData<string>();
        foreach (var file in FuzzCorpus.RegressionInputs())
        {
            data.Add(Path.GetFileName(file));
        }

        if (data.Count == 0)
        {
            data.Add("(none)");
        }

        return data;
    }

    [SkippableFact]
    public void Mutated_documents_through_every_command_and_evaluator_exit_0_1_or_2_and_never_throw_or_hang()
    {
        Skip.If(
            Splan.Binary is not null && Environment.GetEnvironmentVariable("SPLAN_FUZZ_CASES") is null or "",
            $"in-process only ({FuzzSettings.DefaultCases:N0} cases would start a process for each splan command); set SPLAN_FUZZ_CASES to fuzz SPLAN_BINARY (the kept inputs are replayed against it)");
        var settings = FuzzSettings.FromEnvironment();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{settings}; {FuzzCorpus.Seeds.Count} documents to mutate"));
        var failures = new List<string>();
        var clock = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        var steps = 0;
        var known = new Dictionary<string, int>();
        var (readable, valid) = (0, 0);
        for (var number = settings.FirstCase; number < settings.FirstCase + settings.Cases && failures.Count < MaxFailures; number++)
        {
            FuzzCase? made = null;
            var started = clock.Elapsed;
            var failure = FuzzRunner.Guarded(
                progress =>
                {
                    made = FuzzCase.Make(settings.Seed, number, settings.CommandsPerCase);
                    return FuzzRunner.RunSteps(made.Input, made.Steps, progress);
                },
                settings.Limit);
            slowest = clock.Elapsed - started > slowest ? clock.Elapsed - started : slowest;
            if (settings.Cases == 1 && made is not null)
            {
                // One case, to reproduce a failure: say what it was made of.
                output.WriteLine($"case {number}: {made.Origin}, mutated: {made.Mutation}, {made.Input.Bytes.Length} bytes; steps:\n  {string.Join("\n  ", made.Steps).Replace('\t', ' ')}");
            }

            steps += made?.Steps.Count ?? 0;
            readable += made?.Input.IsValid is not null ? 1 : 0;
            valid += made?.Input.IsValid == true ? 1 : 0;
            if (failure is not null && KnownDefects.Explain(failure) is { } reason)
            {
                known[reason] = known.GetValueOrDefault(reason) + 1;
            }
            else if (failure is not null)
            {
                failures.Add(Report(settings, number, made, failure));
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{settings.Cases} cases ({readable} read as documents, {valid} of them valid), {steps} steps in {clock.Elapsed.TotalSeconds:0.0} s; slowest case {slowest.TotalMilliseconds:0} ms"));
        foreach (var (reason, count) in known)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"known defect, {count} case(s): {reason}"));
        }

        failures.Should().BeEmpty("every input that failed is kept in Fuzz/Regressions; run again with the settings printed");
    }

    [SkippableTheory]
    [MemberData(nameof(KeptInputs))]
    public void Every_kept_input_passes_the_steps_it_once_failed_and_every_command(string name)
    {
        if (name == "(none)")
        {
            FuzzCorpus.RegressionInputs().Should().BeEmpty();
            return;
        }

        var path = Path.Combine(FuzzCorpus.Regressions, name);
        var bytes = File.ReadAllBytes(path);
        var isXml = name.EndsWith(".xml", StringComparison.Ordinal);
        var kept = RegressionFiles.StepsOf(path);
        kept.Should().NotBeEmpty("each kept input has the steps it failed next to it, in {0}", Path.ChangeExtension(name, ".args"));
        var steps = kept.ToList();
        for (var round = 0; round < 3; round++)
        {
            steps.AddRange(FuzzCase.StepsFor(new FuzzInput(bytes, isXml), new Random(round), FuzzCase.Commands.Length));
        }

        var failure = FuzzRunner.Run(bytes, isXml, steps, TimeSpan.FromSeconds(30));

        Skip.If(failure is not null && KnownDefects.Explain(failure) is not null, failure is null ? null : KnownDefects.Explain(failure));
        failure.Should().BeNull(failure is null ? string.Empty : $"{failure.Step.Replace('\t', ' ')} failed: {failure.Details}");
    }

    private string Report(FuzzSettings settings, int number, FuzzCase? made, FuzzRunner.Failure failure)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"SPLAN_FUZZ_SEED={settings.Seed} SPLAN_FUZZ_CASE={number}");
        if (made is null)
        {
            text.Append(CultureInfo.InvariantCulture, $": making the case failed: {failure.Details}");
            return text.ToString();
        }

        var shrunk = Minimizer.Shrink(made.Input.Bytes, made.Input.IsXml, failure, settings.Limit, TimeSpan.FromSeconds(20));
        var kept = RegressionFiles.Keep(shrunk, made.Input.IsXml, failure.Step);
        text.Append(CultureInfo.InvariantCulture, $" ({made.Origin}, mutated: {made.Mutation}): {failure.Step.Replace('\t', ' ')}: {failure.Signature}");
        text.Append(CultureInfo.InvariantCulture, $"\n  kept as {Path.GetRelativePath(FuzzCorpus.RepositoryRoot, kept)} ({shrunk.Length} bytes, from {made.Input.Bytes.Length})\n  {failure.Details}\n");
        output.WriteLine(text.ToString());
        return text.ToString();
    }
}
