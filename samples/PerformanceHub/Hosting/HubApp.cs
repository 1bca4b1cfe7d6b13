using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using PerformanceHub.Api;
using PerformanceHub.Data;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Hosting;

/// <summary>
/// Builds the hub: the database by configuration (SQLite by default, PostgreSQL for scale), API keys for the API and
/// cookie sign-in for the pages, the REST API under <c>/api</c> with its OpenAPI document, and the Razor pages.
/// </summary>
public static class HubApp
{
    private const string PolicyScheme = "Hub";

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // ApplicationName: the Razor pages are found in this assembly even when another (a test host) is the entry assembly.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ContentRootPath = ContentRoot(), ApplicationName = typeof(HubApp).Assembly.GetName().Name,
        });
        configure?.Invoke(builder);
        var options = builder.Configuration.GetSection("Hub").Get<HubOptions>() ?? new HubOptions();
        builder.Services.Configure<HubOptions>(builder.Configuration.GetSection("Hub"));
        var dataFolder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, options.DataFolder));
        Directory.CreateDirectory(dataFolder);
        AddDatabase(builder.Services, options, dataFolder);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMemoryCache(cache => cache.SizeLimit = 64L * 1024 * 1024);
        builder.Services.AddSingleton(new Splan(dataFolder));
        builder.Services.AddSingleton<PlanResults>();
        builder.Services.AddScoped<PlanStore>();
        builder.Services.AddScoped<ReturnIntake>();
        // A parameter that does not bind (?version=abc, a body that is not the JSON asked for) is answered 400 with what was
        // wrong, rather than a bare 400; any request the server refuses keeps its own status (413 for a body too large).
        builder.Services.Configure<RouteHandlerOptions>(route => route.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            if (context.HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = bad.Message;
            }
        });
        builder.Services.AddOpenApi();
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = options.MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxUploadBytes + (64 * 1024));

        // The API authenticates by key only and the pages by cookie only: a browser's cookie can never make an API
        // call (no cross-site request forgery on the API), and the pages' forms all carry antiforgery tokens.
        builder.Services.AddAuthentication(PolicyScheme)
            .AddPolicyScheme(PolicyScheme, "API key for /api, cookie for pages", scheme => scheme.ForwardDefaultSelector = context =>
                context.Request.Path.StartsWithSegments("/api") ? ApiKeyAuthentication.SchemeName : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/signin";
                cookie.AccessDeniedPath = "/denied";
                cookie.Cookie.Name = "hub.signin";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(HubRoles.CanView, p => p.RequireRole(HubRoles.AtLeast(HubRoles.Viewer)))
            .AddPolicy(HubRoles.CanEdit, p => p.RequireRole(HubRoles.AtLeast(HubRoles.Editor)))
            .AddPolicy(HubRoles.CanAdmin, p => p.RequireRole(HubRoles.AtLeast(HubRoles.Admin)));
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.AuthorizeFolder("/", HubRoles.CanView);
            pages.Conventions.AllowAnonymousToPage("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Denied");
        });
        builder.Services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "hub.antiforgery");
        // Sign-in cookies and antiforgery tokens stay valid across restarts: their keys live in the data folder.
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataFolder, "keys")));

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.UseHubSecurityHeaders();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi().AllowAnonymous();
        var api = app.MapGroup("/api");
        PlanApi.Map(api);
        ResultsApi.Map(api);
        ReturnsApi.Map(api);
        AdminApi.Map(api);
        app.MapStyleSheet();
        app.MapRazorPages();
        return app;
    }

    /// <summary>Migrates the database and seeds it when empty; the secrets it made, to print once (null when it seeded nothing).</summary>
    public static Task<SeedSecrets?> PrepareAsync(WebApplication app, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection("Hub").Get<HubOptions>() ?? new HubOptions();
        return HubSeeder.PrepareAsync(app.Services, options, cancel);
    }

    private static void AddDatabase(IServiceCollection services, HubOptions options, string dataFolder)
    {
        switch (options.Provider.ToUpperInvariant())
        {
            case "SQLITE":
                var sqlite = string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? $"Data Source={Path.Combine(dataFolder, "hub.db")};Pooling=True"
                    : options.ConnectionString;
                services.AddDbContext<HubDb, SqliteHubDb>(db => db.UseSqlite(sqlite));
                break;
            case "POSTGRES":
                services.AddDbContext<HubDb, PostgresHubDb>(db => db.UseNpgsql(options.ConnectionString
                    ?? throw new InvalidOperationException("Hub:ConnectionString is required when Hub:Provider is postgres.")));
                break;
            default:
                throw new InvalidOperationException($"Hub:Provider is '{options.Provider}'; it must be sqlite or postgres.");
        }
    }

    /// <summary>The project folder when run from source (so the data folder sits beside it), else the app's folder.</summary>
    private static string ContentRoot()
    {
        var current = Directory.GetCurrentDirectory();
        return File.Exists(Path.Combine(current, "PerformanceHub.csproj")) ? current : AppContext.BaseDirectory;
    }
}
