using PerformanceHub.Load;

// The PerformanceHub load driver: dotnet run --project samples/PerformanceHub.Load -- --url=… --key=…
var (options, problem) = LoadOptions.Parse(args, Environment.GetEnvironmentVariable("HUB_API_KEY"));
if (options is null)
{
    Console.Error.WriteLine(problem);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

Console.WriteLine($"{options.Readers} readers and {options.Writers} writers for {options.Duration.TotalSeconds} s against {new Uri(options.Hub, options.Plan)}");
try
{
    var log = await LoadDriver.RunAsync(options);
    var report = await LoadReport.CheckAsync(options, log);
    report.Print(Console.Out);
    return report.Passed ? 0 : 1;
}
catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or System.Text.Json.JsonException)
{
    Console.Error.WriteLine($"The hub at {options.Hub} could not be used: {ex.Message}");
    return 1;
}
