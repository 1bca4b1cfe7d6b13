using BenchmarkDotNet.Running;
using StrategicPlanning.Benchmarks;

// `-- --budget` runs the quick in-process check of the performance targets (`-- --budget returns` only the quarterly
// returns' lines, `-- --budget pipeline` only the pipeline's ratio under this process's collector, `-- --budget native`
// only the native splan's whole-process lines against jq); `-- --generate N FILE` writes the generated plan of N leaves
// the budget measures, to try splan on; anything else goes to BenchmarkDotNet.
return args switch
{
    ["--budget"] => Budget.Run(Console.Out),
    ["--budget", "returns"] => Budget.RunAlone(Console.Out, SpreadsheetBudget.Run),
    ["--budget", "pipeline"] => Budget.RunPipeline(Console.Out),
    ["--budget", "native"] => Budget.RunAlone(Console.Out, NativeBudget.Run),
    ["--generate", var leaves, var file] when int.TryParse(leaves, out var n) && n > 0 => Generate(n, file),
    _ => RunBenchmarks(args),
};

static int Generate(int leaves, string file)
{
    using (var stream = File.Create(file))
    {
        StrategicPlanning.Json.PlanJson.Write(GeneratedPlans.Create(leaves), stream);
    }

    Console.WriteLine($"{file}: a generated plan of {leaves:N0} leaves, {new FileInfo(file).Length:N0} bytes");
    return 0;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratedPlans).Assembly).Run(args);
    return 0;
}
