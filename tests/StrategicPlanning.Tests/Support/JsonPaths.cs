using System.Globalization;
using System.Text.Json.Nodes;

namespace StrategicPlanning.Tests.Support;

/// <summary>Finds a node by a simple JSON path such as <c>$.plan.themes[0]</c>.</summary>
internal static class JsonPaths
{
    public static JsonNode SelectPath(this JsonObject root, string path)
    {
        JsonNode current = root;
        foreach (var part in path.TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            current = bracket < 0
                ? current[part]!
                : current[part[..bracket]]![int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture)]!;
        }

        return current;
    }
}
