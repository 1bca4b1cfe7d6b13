using System.Text.Json;

namespace StrategicPlanning.Json;

/// <summary>Words for JSON tokens in error messages a performance officer can read.</summary>
internal static class JsonTokenNames
{
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => "'" + token + "'",
    };

    public static JsonException Expected(string what, ref Utf8JsonReader reader) =>
        new($"Expected {what}, found {Describe(reader.TokenType)}.");
}
