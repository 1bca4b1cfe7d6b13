using System.Text.Json;
using System.Text.Json.Serialization;

namespace StrategicPlanning.Json;

/// <summary>
/// The converter the options hold for a value type, found in their list (no reflection, so trimming and native AOT
/// stay safe) and remembered for the options last asked about. Every value of every record is read and written
/// through these, so a type mismatch has one message, the converter's.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal static class RegisteredConverter<TValue>
{
    private static Pair? last;

    /// <summary>Gets the converter for <typeparamref name="TValue"/> in <paramref name="options"/>.</summary>
    public static JsonConverter<TValue> In(JsonSerializerOptions options)
    {
        var pair = Volatile.Read(ref last);
        if (pair is not null && ReferenceEquals(pair.Options, options))
        {
            return pair.Converter;
        }

        var converter = options.Converters.OfType<JsonConverter<TValue>>().FirstOrDefault()
            ?? throw new InvalidOperationException($"The read options hold no converter for {typeof(TValue).Name}.");
        Volatile.Write(ref last, new Pair(options, converter));
        return converter;
    }

    /// <summary>Reads the value the reader is on with the registered converter.</summary>
    public static TValue Read(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        In(options).Read(ref reader, typeof(TValue), options)!;

    private sealed record Pair(JsonSerializerOptions Options, JsonConverter<TValue> Converter);
}
