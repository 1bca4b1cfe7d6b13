using BenchmarkDotNet.Running;
using StrategicPlanning.Benchmarks;

// `-- --budget` runs the quick in-process check of the performance targets (`-- --budget returns` only the quarterly
// returns' lines, `-- --budget pipeline` only the pipeline's ratio under this process's collector); anything else goes
// to BenchmarkDotNet.
return args switch
{
    ["--budget"] => Budget.Run(Console.Out),
    ["--budget", "returns"] => SpreadsheetBudget.RunAlone(Console.Out),
    ["--budget", "pipeline"] => Budget.RunPipeline(Console.Out),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratedPlans).Assembly).Run(args);
    return 0;
}
