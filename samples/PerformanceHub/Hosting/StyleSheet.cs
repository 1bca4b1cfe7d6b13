using System.Security.Cryptography;

namespace PerformanceHub.Hosting;

/// <summary>
/// The pages' one stylesheet, built into the app (wwwroot/hub.css as an embedded resource) so it is served the same
/// from source, from a publish folder and under a test host, whose web root is elsewhere. Its address carries a hash
/// of its content, so browsers may keep it for a year and still never use a stale one.
/// </summary>
public static class StyleSheet
{
    private static readonly Lazy<(byte[] Bytes, string Version)> Content = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("PerformanceHub.hub.css")
            ?? throw new InvalidOperationException("The stylesheet hub.css is not embedded in the app.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        return (bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))[..12]);
    });

    /// <summary>The address pages link to: <c>/hub.css?v=HASH</c>.</summary>
    public static string Href => $"/hub.css?v={Content.Value.Version}";

    public static void MapStyleSheet(this IEndpointRouteBuilder app) => app.MapGet("/hub.css", (HttpContext context) =>
    {
        if (context.Request.Query["v"] == Content.Value.Version)
        {
            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        }

        return Results.Bytes(Content.Value.Bytes, "text/css; charset=utf-8");
    }).AllowAnonymous().ExcludeFromDescription();
}
