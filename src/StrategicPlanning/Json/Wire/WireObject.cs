using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json.Wire;

/// <summary>
/// Base of the wire types: the JSON shapes of FORMAT.md as plain mutable classes for the source generator.
/// Every member is nullable so that missing required members are reported all at once, with paths, by
/// <see cref="WireReader"/> rather than one at a time by the serializer.
/// </summary>
internal abstract class WireObject
{
    /// <summary>Members this version does not know, kept in order (JSN-2).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
