using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PerformanceHub.Data;

namespace PerformanceHub.Security;

/// <summary>
/// Authenticates API calls by the <c>X-Api-Key</c> header against the stored hashes. No header: no identity (the
/// endpoint's policy then answers 401); a wrong or revoked key: failure (401).
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, HubDb db)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(ApiKeys.Header, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString();
        if (ApiKeys.PrefixOf(presented) is not { } prefix)
        {
            return AuthenticateResult.Fail("The API key is not in the form sph_PREFIX_SECRET.");
        }

        var found = await db.ApiKeys.AsNoTracking()
            .Where(k => k.Prefix == prefix && !k.Revoked)
            .Join(db.Organisations, k => k.OrganisationId, o => o.Id, (k, o) => new { k.Name, k.Hash, k.Role, Org = o.Slug })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null || !ApiKeys.Matches(presented, found.Hash))
        {
            return AuthenticateResult.Fail("The API key is not known or has been revoked.");
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, $"key:{found.Name}"), new Claim(ClaimTypes.Role, found.Role), new Claim(HubRoles.OrganisationClaim, found.Org)],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{ApiKeys.Header}\"";
        return Task.CompletedTask;
    }
}
