using System.Text.Json;
using System.Text.Json.Serialization;
using StrategicPlanning.Core;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads and writes the values of members this library does not know (JSN-2) as their text: the wire objects keep
/// them as <c>object</c> (what <see cref="JsonExtensionDataAttribute"/> allows), each a <see cref="JsonValueText"/>, so
/// no parsed tree is ever built for them and a large unknown member costs about its own length (VAL-4).
/// </summary>
internal sealed class ExtensionValueConverter(int maxStringLength) : JsonConverter<object>
{
    public override bool HandleNull => true;

    public override object Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonValueCapture.Read(ref reader, maxStringLength);

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        if (value is not JsonValueText text)
        {
            throw new InvalidOperationException($"An unknown member's value is a {value.GetType().Name}; the writer keeps them as JsonValueText.");
        }

        text.WriteTo(writer);
    }
}
