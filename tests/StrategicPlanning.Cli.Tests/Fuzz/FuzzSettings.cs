using System.Globalization;

namespace StrategicPlanning.Cli.Tests.Fuzz;

/// <summary>
/// How much to fuzz, from the environment: <c>SPLAN_FUZZ_SEED</c> (a number, or <c>random</c>; a fixed seed by
/// default, so CI runs the same cases every time), <c>SPLAN_FUZZ_CASES</c> (how many), <c>SPLAN_FUZZ_CASE</c> (run that
/// one case only, to reproduce a failure), <c>SPLAN_FUZZ_COMMANDS</c> (splan commands per case) and
/// <c>SPLAN_FUZZ_TIMEOUT</c> (seconds a case may take before it counts as a hang).
/// </summary>
internal sealed record FuzzSettings(int Seed, int FirstCase, int Cases, int CommandsPerCase, TimeSpan Limit)
{
    public const int DefaultSeed = 14;

    public const int DefaultCases = 2000;

    public static FuzzSettings FromEnvironment()
    {
        var seedText = Environment.GetEnvironmentVariable("SPLAN_FUZZ_SEED");
        var seed = seedText switch
        {
            null or "" => DefaultSeed,
            "random" => Random.Shared.Next(),
            _ => int.Parse(seedText, CultureInfo.InvariantCulture),
        };
        var single = Number("SPLAN_FUZZ_CASE", -1);
        return new FuzzSettings(
            seed,
            single >= 0 ? single : 0,
            single >= 0 ? 1 : Number("SPLAN_FUZZ_CASES", DefaultCases),
            Number("SPLAN_FUZZ_COMMANDS", 2),
            TimeSpan.FromSeconds(Number("SPLAN_FUZZ_TIMEOUT", 10)));
    }

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"SPLAN_FUZZ_SEED={Seed} SPLAN_FUZZ_CASES={Cases}{(FirstCase > 0 ? $" SPLAN_FUZZ_CASE={FirstCase}" : string.Empty)} SPLAN_FUZZ_COMMANDS={CommandsPerCase} SPLAN_FUZZ_TIMEOUT={Limit.TotalSeconds}");

    private static int Number(string name, int fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
