using BenchmarkDotNet.Running;
using StrategicPlanning.Benchmarks;

// `-- --budget` runs the quick in-process check of the performance targets (`-- --budget returns` only the quarterly
// returns' lines, `-- --budget pipeline` only the pipeline's ratio under this process's collector, `-- --budget native`
// only the native splan's whole-process lines against jq, `-- --budget stratml` only the StratML import's lines,
// `-- --budget allocation` only what the pipeline allocates, `-- --budget pipeline-split` the pipeline's read, validate
// and score timed apart, `-- --budget linear [STEP]` only the per-leaf linearity lines, or one of them, e.g.
// `compare`); `-- --generate N FILE` writes the generated plan of N leaves the budget measures, to try splan on, and
// `-- --generate-stratml ordinary|hostile FILE` the StratML documents it imports; anything else goes to BenchmarkDotNet.
return args switch
{
    ["--budget"] => Budget.Run(Console.Out),
    ["--budget", "returns"] => Budget.RunAlone(Console.Out, SpreadsheetBudget.Run),
    ["--budget", "pipeline"] => Budget.RunPipeline(Console.Out),
    ["--budget", "pipeline-split"] => PipelineSplit.Run(Console.Out),
    ["--budget", "native"] => Budget.RunAlone(Console.Out, NativeBudget.Run),
    ["--budget", "stratml"] => Budget.RunAlone(Console.Out, StratMLBudget.Run),
    ["--budget", "stratml-memory", var xml] => StratMLBudget.RunMemory(Console.Out, xml),
    ["--generate-stratml", "ordinary", var file] => GenerateStratML(file, hostile: false),
    ["--generate-stratml", "hostile", var file] => GenerateStratML(file, hostile: true),
    ["--budget", "allocation"] => Budget.RunAllocation(Console.Out),
    ["--budget", "linear"] => Budget.RunLinear(Console.Out, null),
    ["--budget", "linear", var step] => Budget.RunLinear(Console.Out, step),
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

static int GenerateStratML(string file, bool hostile)
{
    if (hostile)
    {
        StratMLDocuments.WriteHostile(file, StratMLBudget.HostileResults);
    }
    else
    {
        StratMLDocuments.WriteOrdinary(file, StratMLBudget.OrdinaryBytes);
    }

    Console.WriteLine($"{file}: the budget's {(hostile ? "hostile" : "ordinary")} StratML document, {new FileInfo(file).Length:N0} bytes");
    return 0;
}

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratedPlans).Assembly).Run(args);
    return 0;
}
