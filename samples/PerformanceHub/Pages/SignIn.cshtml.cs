using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using PerformanceHub.Data;
using PerformanceHub.Security;

namespace PerformanceHub.Pages;

/// <summary>Cookie sign-in for the pages: user name and password, checked against the stored PBKDF2 hash.</summary>
public sealed class SignInModel(HubDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserName { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public bool Failed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var found = string.IsNullOrEmpty(UserName)
            ? null
            : await db.Users.AsNoTracking()
                .Where(u => u.UserName == UserName)
                .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { User = u, Org = o.Slug })
                .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null || string.IsNullOrEmpty(Password)
            || new PasswordHasher<HubUser>().VerifyHashedPassword(found.User, found.User.PasswordHash, Password) == PasswordVerificationResult.Failed)
        {
            Failed = true;
            Password = null;
            return Page();
        }

        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, found.User.UserName), new Claim(ClaimTypes.Role, found.User.Role), new Claim(HubRoles.OrganisationClaim, found.Org)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }
}
