using Microsoft.Net.Http.Headers;

namespace PerformanceHub.Api;

/// <summary>A version's ETag is <c>"vN"</c>: strong, and naming the version so a 412 can say which one is latest.</summary>
public static class ETags
{
    public static string For(int version) => $"\"v{version}\"";

    /// <summary>
    /// The version named by If-Match: null when the header is absent (428), -1 when it names no version of ours
    /// (<c>*</c>, a weak tag, or anything else: the save is refused as stale).
    /// </summary>
    public static int? IfMatch(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var raw = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        return EntityTagHeaderValue.TryParseList([raw], out var tags) && tags.Count == 1 && !tags[0].IsWeak
            && tags[0].Tag.Value is { Length: > 3 } tag && tag[1] == 'v'
            && int.TryParse(tag.AsSpan(2, tag.Length - 3), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : -1;
    }
}
