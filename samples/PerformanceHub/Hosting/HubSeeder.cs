using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Hosting;

/// <summary>
/// Creates the database (migrations) and, when it is empty, seeds Derby City Council with its Council Plan as
/// version 1, an admin user and an admin API key. Returns the secrets it generated, to be printed once.
/// </summary>
public static class HubSeeder
{
    public const string SeedOrganisation = "derby";
    public const string SeedPlan = "council-plan";
    public const string SeedAdmin = "admin";

    public static async Task<SeedSecrets?> PrepareAsync(IServiceProvider services, HubOptions options, CancellationToken cancel)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDb>();
        await db.Database.MigrateAsync(cancel);
        if (db.Database.IsSqlite())
        {
            // WAL (kept in the file): readers never wait for the writer. synchronous stays at SQLite's default, FULL, so
            // a commit is on disk before it is acknowledged.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancel);
        }

        if (!options.Seed || await db.Organisations.AnyAsync(cancel))
        {
            return null;
        }

        var seedFile = Path.Combine(AppContext.BaseDirectory, "seed", "derby-council-plan-2022-25.json");
        var document = await File.ReadAllTextAsync(seedFile, cancel);
        var password = string.IsNullOrEmpty(options.SeedAdminPassword) ? NewPassword() : options.SeedAdminPassword;
        var key = await AddOrganisationAsync(db, SeedOrganisation, "Derby City Council", SeedPlan, "Council Plan 2022-2025", document,
            SeedAdmin, password, options.SeedApiKey, TimeProvider.System, cancel);
        return new SeedSecrets(SeedAdmin, password, key);
    }

    /// <summary>
    /// Adds an organisation with one plan (version 1 = <paramref name="document"/>), an admin user and an admin API key
    /// (<paramref name="apiKey"/>, or a new one); returns the key.
    /// </summary>
    public static async Task<string> AddOrganisationAsync(
        HubDb db, string slug, string name, string planSlug, string planTitle, string document,
        string adminUser, string adminPassword, string? apiKey, TimeProvider clock, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var organisation = new Organisation { Slug = slug, Name = name };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancel);
        var plan = new PlanRecord { OrganisationId = organisation.Id, Slug = planSlug, Title = planTitle };
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancel);
        db.Versions.Add(new PlanVersion
        {
            PlanId = plan.Id, Number = 1, Document = document, Sha256 = PlanStore.Sha256Of(document),
            SavedBy = "seed", SavedAtUtc = now, Source = "seed",
        });
        var user = new HubUser { OrganisationId = organisation.Id, UserName = adminUser, PasswordHash = "", Role = HubRoles.Admin };
        user.PasswordHash = new PasswordHasher<HubUser>().HashPassword(user, adminPassword);
        db.Users.Add(user);
        var key = apiKey ?? ApiKeys.Create().Key;
        db.ApiKeys.Add(new ApiKey
        {
            OrganisationId = organisation.Id, Name = $"{adminUser}-seed", Prefix = ApiKeys.PrefixOf(key)
                ?? throw new ArgumentException("The seed API key is not in the form sph_PREFIX_SECRET.", nameof(apiKey)),
            Hash = ApiKeys.Hash(key), Role = HubRoles.Admin, CreatedAtUtc = now,
        });
        await db.SaveChangesAsync(cancel);
        return key;
    }

    private static string NewPassword() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');
}
