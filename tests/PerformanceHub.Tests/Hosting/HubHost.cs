using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PerformanceHub.Data;
using PerformanceHub.Hosting;
using PerformanceHub.Security;

namespace PerformanceHub.Tests.Hosting;

/// <summary>
/// The hub running for real on Kestrel (a free local port), on a fresh SQLite file or a fresh database of the
/// throwaway PostgreSQL cluster, seeded with Derby, an admin (password <see cref="AdminPassword"/>) and the admin key
/// <see cref="AdminKey"/>. Tests talk to it over HTTP as any other system would.
/// </summary>
public sealed class HubHost : IAsyncDisposable
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";
    public const string AdminPassword = "correct horse battery staple";
    public const string AdminKey = "sph_testadm1_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string Plan = "/api/orgs/derby/plans/council-plan";

    private HubHost(WebApplication app, string dataFolder, string provider)
    {
        App = app;
        DataFolder = dataFolder;
        Provider = provider;
        BaseAddress = new Uri(app.Urls.First());
    }

    /// <summary>The providers every integration test runs on.</summary>
    public static TheoryData<string> Providers => new() { Sqlite, Postgres };

    public WebApplication App { get; }

    public string DataFolder { get; }

    public string Provider { get; }

    public Uri BaseAddress { get; }

    /// <summary>Starts a hub on <paramref name="provider"/> (skipping the test when PostgreSQL is not installed locally).</summary>
    public static async Task<HubHost> StartAsync(string provider, IDictionary<string, string?>? settings = null)
    {
        if (provider == Postgres)
        {
            PostgresCluster.SkipUnlessAvailable();
        }

        var dataFolder = Path.Combine(Path.GetTempPath(), "hub-test-" + Guid.NewGuid().ToString("N")[..10]);
        var config = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Hub:Provider"] = provider,
            ["Hub:DataFolder"] = dataFolder,
            ["Hub:SeedAdminPassword"] = AdminPassword,
            ["Hub:SeedApiKey"] = AdminKey,
            ["Hub:ConnectionString"] = provider == Postgres ? PostgresCluster.Instance.NewDatabase() : null,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var app = HubApp.Create([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
        await HubApp.PrepareAsync(app);
        await app.StartAsync();
        return new HubHost(app, dataFolder, provider);
    }

    /// <summary>A client sending <paramref name="apiKey"/> (none when null).</summary>
    public HttpClient Client(string? apiKey = AdminKey)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add(ApiKeys.Header, apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>Makes a key of <paramref name="role"/> for Derby through the API, as an admin would.</summary>
    public async Task<string> KeyAsync(string role)
    {
        using var admin = Client();
        var made = await admin.PostAsJsonAsync("/api/orgs/derby/keys", new { name = $"test-{role}-{Guid.NewGuid():N}", role });
        made.EnsureSuccessStatusCode();
        return (await made.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("key").GetString()!;
    }

    /// <summary>Adds a second organisation with its own plan, admin and key (multi-council hosting).</summary>
    public async Task<string> AddOrganisationAsync(string slug, string document)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        return await HubSeeder.AddOrganisationAsync(db, slug, $"{slug} council", "council-plan", "Another plan", document,
            $"{slug}-admin", AdminPassword, null, TimeProvider.System, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
