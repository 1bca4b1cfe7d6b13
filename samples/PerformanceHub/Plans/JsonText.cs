using System.Text.Json;

namespace PerformanceHub.Plans;

/// <summary>splan's JSON output as an element to embed in an answer (a problem's extension, a view's member).</summary>
public static class JsonText
{
    /// <summary>The root of <paramref name="json"/>, detached from its document; null when it is not JSON.</summary>
    public static JsonElement? Element(string json)
    {
        try
        {
            using var parsed = JsonDocument.Parse(json);
            return parsed.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
