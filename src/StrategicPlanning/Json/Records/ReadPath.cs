using System.Text.Json;

namespace StrategicPlanning.Json;

/// <summary>
/// Marks where below the document a read failure happened: the serializer's own path stops at the value its
/// converter was asked for (the whole document), so each record adds its part on the way out (ReadErrors joins them).
/// </summary>
internal static class ReadPath
{
    /// <summary>The key of <see cref="Exception.Data"/> holding the path below the document of a failure inside it.</summary>
    public const string RelativePathKey = "StrategicPlanning.Json.RelativePath";

    /// <summary>Puts <paramref name="prefix"/> before the part of the path already marked deeper down.</summary>
    public static JsonException At(JsonException ex, string prefix)
    {
        ex.Data[RelativePathKey] = prefix + (ex.Data[RelativePathKey] as string);
        return ex;
    }
}
