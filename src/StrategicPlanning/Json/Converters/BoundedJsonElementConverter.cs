using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>
/// Keeps members this library does not know (JSN-2) as detached <see cref="JsonElement"/> values, after
/// checking that no string inside them is longer than the read limit (VAL-4).
/// </summary>
internal sealed class BoundedJsonElementConverter(int maxStringLength) : JsonConverter<JsonElement>
{
    public override bool HandleNull => true;

    public override JsonElement Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        Check(reader);
        return JsonElement.ParseValue(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, JsonElement value, JsonSerializerOptions options) =>
        value.WriteTo(writer);

    /// <summary>
    /// Scans a copy of the reader over the whole value (the caller's reader does not move), refusing strings
    /// over the limit, text that is not valid Unicode, and members that appear twice in one object, as the
    /// serializer does for known members. Unknown members are written back as read, so they must be writable.
    /// </summary>
    private void Check(Utf8JsonReader scan)
    {
        if (scan.TokenType == JsonTokenType.String)
        {
            BoundedStringConverter.CheckLength(ref scan, maxStringLength);
            BoundedStringConverter.Text(ref scan);
        }

        if (scan.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = scan.CurrentDepth;
        var names = new Stack<HashSet<string>?>();
        names.Push(scan.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
        while (scan.Read() && scan.CurrentDepth > depth)
        {
            switch (scan.TokenType)
            {
                case JsonTokenType.PropertyName:
                    BoundedStringConverter.CheckLength(ref scan, maxStringLength);
                    var name = BoundedStringConverter.Text(ref scan);
                    if (names.Peek()?.Add(name) == false)
                    {
                        throw new JsonException($"The member '{name}' appears more than once in one object inside this value; each member may appear only once.");
                    }

                    break;
                case JsonTokenType.String:
                    BoundedStringConverter.CheckLength(ref scan, maxStringLength);
                    BoundedStringConverter.Text(ref scan);
                    break;
                case JsonTokenType.StartObject:
                    names.Push(new HashSet<string>(StringComparer.Ordinal));
                    break;
                case JsonTokenType.StartArray:
                    names.Push(null);
                    break;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    names.Pop();
                    break;
            }
        }
    }
}
