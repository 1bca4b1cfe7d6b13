using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>
/// Base of the wire types: the JSON shapes of the format as plain mutable classes for the source generator.
/// Every member is nullable so that missing required members are reported all at once, with paths, by
/// <see cref="WireReader"/> rather than one at a time by the serializer.
/// </summary>
internal abstract class WireObject
{
    /// <summary>Members this version does not know, kept in order as their text (JSN-2; each value a <c>JsonValueText</c>).</summary>
    /// <remarks>
    /// When the writer fills this, a name that is also one of this object's own members is refused: written out,
    /// the object would hold the member twice and could not be read back. (When the reader fills it, the
    /// dictionary is empty when set and the names are unknown by definition.)
    /// </remarks>
    [JsonExtensionData]
    public Dictionary<string, object>? Extra
    {
        get;
        set
        {
            if (value is { Count: > 0 })
            {
                KnownMembers.ThrowOnClash(GetType(), value.Keys);
            }

            field = value;
        }
    }
}
