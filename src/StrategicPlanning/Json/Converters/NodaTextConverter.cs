using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads and writes a NodaTime value through one of NodaTime's own text patterns: dates only in their one spelling
/// <c>YYYY-MM-DD</c> with a four-digit year (CAL-4, <see cref="LocalDatePattern.Iso"/>), so they are written back
/// unchanged; durations as ISO-8601 periods with at least one number (<see cref="PeriodPattern.Roundtrip"/>:
/// <c>P3M</c> stays three months, never normalised to days; <c>P</c> alone is refused rather than read as zero).
/// Nothing here reflects, so the source-generated context stays trimming and native-AOT safe (JSN-4).
/// </summary>
internal sealed class NodaTextConverter<T>(IPattern<T> pattern, bool standardOnly, Func<string, bool> shape, string noun, string expected, string example) : JsonConverter<T>
{
    /// <summary>Reads a value already in its standard form straight from the UTF-8 bytes, or says it cannot.</summary>
    internal delegate bool FastPath(ReadOnlySpan<byte> utf8, out T value);

    private const int MaxLength = 64;

    /// <summary>Why <see cref="MaxLength"/> is the limit, in the words of the message that refuses a longer text.</summary>
    private readonly string tooLong = noun + " is never that long";

    /// <summary>The optional fast path: canonical text read without strings or pattern parsing.</summary>
    private FastPath? Fast { get; init; }

    /// <summary>The optional check of a value before it is written; it throws when the value has no spelling here.</summary>
    private Action<T>? Writable { get; init; }

    public static NodaTextConverter<LocalDate> Dates() => new(
        LocalDatePattern.Iso,
        standardOnly: true,
        static text => text.Length == 10 && char.IsAsciiDigit(text[0]),
        "a date",
        "a date written \"YYYY-MM-DD\"",
        "write a calendar date as \"YYYY-MM-DD\", e.g. \"2024-04-01\"")
    {
        Fast = IsoDate,
        Writable = IsoCalendar,
    };

    /// <summary>
    /// A date of another calendar (possible only in a document built in code) would be written as that calendar's
    /// year, month and day and read back as a different day: refuse it.
    /// </summary>
    private static void IsoCalendar(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Only dates in the ISO calendar can be written; this one is in the {date.Calendar.Id} calendar (convert it with WithCalendar(CalendarSystem.Iso)).");
        }
    }

    /// <summary>
    /// "YYYY-MM-DD" with a real day, year 0001 or later: exactly what <see cref="LocalDatePattern.Iso"/> reads and
    /// writes back unchanged, so the slow path (three strings and a pattern parse per date) would accept it too.
    /// Anything else goes the slow way and gets its precise message.
    /// </summary>
    internal static bool IsoDate(ReadOnlySpan<byte> utf8, out LocalDate value)
    {
        value = default;
        if (utf8.Length != 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-'
            || !Digits(utf8[..4], out var year) || !Digits(utf8.Slice(5, 2), out var month) || !Digits(utf8.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> utf8, out int number)
    {
        number = 0;
        foreach (var b in utf8)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    public static NodaTextConverter<Period> Durations() => new(
        PeriodPattern.Roundtrip,
        standardOnly: false,
        static text => text.AsSpan().IndexOfAnyInRange('0', '9') >= 0,
        "a duration",
        "a duration such as \"P3M\"",
        "write an ISO-8601 period such as \"P3M\" (three months), \"P1Y\" or \"P14D\"");

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonTokenNames.Expected(expected, ref reader);
        }

        if (Fast is not null && !reader.HasValueSequence && !reader.ValueIsEscaped && Fast(reader.ValueSpan, out var fast))
        {
            return fast;
        }

        BoundedStringConverter.CheckLength(ref reader, MaxLength, tooLong);
        var text = BoundedStringConverter.Text(ref reader);
        var parsed = shape(text) ? pattern.Parse(text) : null;
        if (parsed is not { Success: true })
        {
            throw new JsonException($"'{text}' is not {noun}: {example}.", parsed?.Exception);
        }

        var value = parsed.Value;
        if (!standardOnly)
        {
            return value;
        }

        var standard = pattern.Format(value);
        return standard == text
            ? value
            : throw new JsonException($"'{text}' is not {noun} in the standard form; {example}. Here that is \"{standard}\".");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        Writable?.Invoke(value);
        writer.WriteStringValue(pattern.Format(value));
    }
}
