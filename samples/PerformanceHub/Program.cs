using PerformanceHub.Hosting;

// The PerformanceHub sample: dotnet run --project samples/PerformanceHub
var app = HubApp.Create(args);
var secrets = await HubApp.PrepareAsync(app);
app.Lifetime.ApplicationStarted.Register(() =>
{
    Console.WriteLine($"PerformanceHub is running at {string.Join(", ", app.Urls)}");
    if (secrets is not null)
    {
        Console.WriteLine($"Sign in as '{secrets.UserName}' with password: {secrets.Password}");
        Console.WriteLine($"Admin API key (send as X-Api-Key): {secrets.ApiKey}");
        Console.WriteLine("These are shown this once and stored only hashed; keep them now.");
    }
    else
    {
        Console.WriteLine("Sign in with the password printed at first start (delete the data folder to start afresh).");
    }
});
await app.RunAsync();
