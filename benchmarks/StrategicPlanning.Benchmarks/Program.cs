using BenchmarkDotNet.Running;
using StrategicPlanning.Benchmarks;

// `-- --budget` runs the quick in-process check of the performance targets; anything else goes to BenchmarkDotNet.
return args is ["--budget"] ? Budget.Run(Console.Out) : RunBenchmarks(args);

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratedPlans).Assembly).Run(args);
    return 0;
}
