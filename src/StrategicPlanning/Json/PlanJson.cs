using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads and writes plan documents in the JSON exchange format 1.0 (JSN-1..4).
/// </summary>
/// <remarks>
/// <para>
/// <c>Read</c> never throws for bad input: it returns a <see cref="PlanReadResult"/> holding the document or
/// the errors, each with its JSON path, line and column (VAL-4). <c>Parse</c> is the throwing convenience.
/// Members the library does not know are kept at every level and written back (JSN-2).
/// </para>
/// <para>
/// <c>Write</c> is a normalising write: members in the format's order, defaults written out, nulls and empty
/// optional arrays left out, two-space indentation, <c>\n</c> line ends. Writing what was read and reading it
/// again gives an equal document; writing twice gives the same bytes. Thread-safe.
/// </para>
/// </remarks>
public static class PlanJson
{
    private const string SchemaResource = "StrategicPlanning.plan-document-1.0.schema.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<string> SchemaText = new(LoadSchema);

    /// <summary>Gets the JSON Schema (draft 2020-12) of format 1.0, as shipped in the package (JSN-3).</summary>
    public static string Schema => SchemaText.Value;

    /// <summary>Reads a document from UTF-8 JSON bytes (a leading byte-order mark is allowed), with the default read limits.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <returns>The document, or the errors that stopped it being read.</returns>
    public static PlanReadResult Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a document from UTF-8 JSON bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <param name="options">Read limits, or null for <see cref="PlanReadOptions.Default"/>.</param>
    /// <returns>The document, or the errors that stopped it being read.</returns>
    public static PlanReadResult Read(ReadOnlySpan<byte> utf8Json, PlanReadOptions? options)
    {
        options ??= PlanReadOptions.Default;
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (!Utf8.IsValid(utf8Json))
        {
            // The serializer turns invalid UTF-8 in a member name into U+FFFD without a word; refuse it instead (VAL-4).
            return PlanReadResult.Failure([ReadErrors.InvalidUtf8(utf8Json, options.MaxDepth)]);
        }

        DocumentReading? reading;
        try
        {
            reading = JsonSerializer.Deserialize(utf8Json, options.Context.Document);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or NotSupportedException or FormatException or OverflowException or ArgumentException)
        {
            return PlanReadResult.Failure([ReadErrors.FromException(ex, utf8Json, options.MaxDepth)]);
        }

        if (reading is null)
        {
            return PlanReadResult.Failure([new JsonReadError("$", new JsonLocation(1, 1), "The document is null; it must be a JSON object with at least 'schemaVersion' and 'plan'.")]);
        }

        return reading.Problems is { } problems
            ? PlanReadResult.Failure(ReadErrors.Locate(problems.ToErrors("$"), utf8Json, options.MaxDepth))
            : PlanReadResult.Success(reading.Document!);
    }

    /// <summary>Reads a document from a JSON string, with the default read limits.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or the errors that stopped it being read.</returns>
    public static PlanReadResult Read(string json) => Read(json, null);

    /// <summary>Reads a document from a JSON string, up to <see cref="PlanReadOptions.MaxDocumentBytes"/> of UTF-8.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Read limits, or null for <see cref="PlanReadOptions.Default"/>.</param>
    /// <returns>The document, or the errors that stopped it being read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static PlanReadResult Read(string json, PlanReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= PlanReadOptions.Default;
        int length;
        try
        {
            length = StrictUtf8.GetByteCount(json);
        }
        catch (EncoderFallbackException ex)
        {
            return PlanReadResult.Failure([new JsonReadError("$", LocationOf(json, ex.Index), string.Create(CultureInfo.InvariantCulture, $"The text holds an unpaired surrogate character at index {ex.Index}; it is not valid Unicode and cannot be read without changing it."))]);
        }

        if (length > options.MaxDocumentBytes)
        {
            return TooLarge(options);
        }

        var rented = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
        try
        {
            StrictUtf8.GetBytes(json, rented);
            return Read(rented.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON, with the default read limits.</summary>
    /// <param name="utf8Json">The JSON text.</param>
    /// <returns>The document, or the errors that stopped it being read.</returns>
    public static PlanReadResult Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads a document from a stream of UTF-8 JSON, up to <see cref="PlanReadOptions.MaxDocumentBytes"/>.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <param name="options">Read limits, or null for <see cref="PlanReadOptions.Default"/>.</param>
    /// <returns>The document, or the errors that stopped it being read.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream itself failed.</exception>
    public static PlanReadResult Read(Stream utf8Json, PlanReadOptions? options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= PlanReadOptions.Default;
        var buffer = new StreamBuffer();
        try
        {
            if (!buffer.Fill(utf8Json, options.MaxDocumentBytes))
            {
                return TooLarge(options);
            }

            return Read(buffer.Span, options);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Reads a document from UTF-8 JSON bytes, throwing when it cannot be read.</summary>
    /// <param name="utf8Json">The JSON text as UTF-8.</param>
    /// <returns>The document.</returns>
    /// <exception cref="PlanJsonException">The text could not be read; the exception lists every error.</exception>
    public static PlanDocument Parse(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null).GetDocumentOrThrow();

    /// <summary>Reads a document from a JSON string, throwing when it cannot be read.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PlanJsonException">The text could not be read; the exception lists every error.</exception>
    public static PlanDocument Parse(string json) => Read(json, null).GetDocumentOrThrow();

    /// <summary>Reads a document from a stream of UTF-8 JSON, throwing when it cannot be read.</summary>
    /// <param name="utf8Json">The stream, read to its end; it is not closed.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="PlanJsonException">The text could not be read; the exception lists every error.</exception>
    public static PlanDocument Parse(Stream utf8Json) => Read(utf8Json, null).GetDocumentOrThrow();

    /// <summary>Writes a document as an indented JSON string (a normalising write; see the remarks on <see cref="PlanJson"/>).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text, ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static string Write(PlanDocument document) => Write(document, PlanWriteOptions.Default);

    /// <summary>Writes a document as a JSON string laid out as <paramref name="options"/> say.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The layout.</param>
    /// <returns>The JSON text, ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static string Write(PlanDocument document, PlanWriteOptions options) => Encoding.UTF8.GetString(WriteUtf8(document, options));

    /// <summary>Writes a document as indented UTF-8 JSON bytes, without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text as UTF-8, ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static byte[] WriteUtf8(PlanDocument document) => WriteUtf8(document, PlanWriteOptions.Default);

    /// <summary>Writes a document as UTF-8 JSON bytes laid out as <paramref name="options"/> say, without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="options">The layout.</param>
    /// <returns>The JSON text as UTF-8, ending in a line feed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static byte[] WriteUtf8(PlanDocument document, PlanWriteOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(document, buffer, options);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a document as indented UTF-8 JSON to a buffer writer.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">Where the bytes go.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static void Write(PlanDocument document, IBufferWriter<byte> utf8Json) => Write(document, utf8Json, PlanWriteOptions.Default);

    /// <summary>Writes a document as UTF-8 JSON to a buffer writer, laid out as <paramref name="options"/> say.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">Where the bytes go.</param>
    /// <param name="options">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// An extension member has the name of a member the object already has (possible only in a document built in
    /// code): written out, the object could not be read back.
    /// </exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static void Write(PlanDocument document, IBufferWriter<byte> utf8Json, PlanWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        var context = PlanReadOptions.Default.Context;
        var layout = new JsonWriterOptions
        {
            Indented = options.Indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = context.Options.Encoder,
            MaxDepth = PlanReadOptions.DepthCeiling,
        };
        using (var writer = new Utf8JsonWriter(utf8Json, layout))
        {
            DocumentRecord.Table.WriteObject(writer, document, context.Options);
        }

        utf8Json.Write("\n"u8);
    }

    /// <summary>Writes a document as indented UTF-8 JSON to a stream, without a byte-order mark.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static void Write(PlanDocument document, Stream utf8Json) => Write(document, utf8Json, PlanWriteOptions.Default);

    /// <summary>Writes a document as UTF-8 JSON to a stream, laid out as <paramref name="options"/> say.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is not closed.</param>
    /// <param name="options">The layout.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A date is in a calendar other than ISO (possible only in a document built in code): format 1.0 writes ISO dates.</exception>
    public static void Write(PlanDocument document, Stream utf8Json, PlanWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = new ArrayBufferWriter<byte>();
        Write(document, buffer, options);
        utf8Json.Write(buffer.WrittenSpan);
    }

    /// <summary>
    /// Finds the line and column of the values at JSON paths such as those of validation issues. A path
    /// naming nothing in the text (a missing member) is placed at the nearest value that encloses it.
    /// </summary>
    /// <param name="utf8Json">The JSON text the paths refer to.</param>
    /// <param name="paths">The paths, e.g. <c>$.deliveryPlans[0].actions[3].due</c>.</param>
    /// <returns>The location of each path that could be placed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="paths"/> is null.</exception>
    public static IReadOnlyDictionary<string, JsonLocation> Locate(ReadOnlySpan<byte> utf8Json, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        return JsonTextLocator.Locate(utf8Json, paths.ToList());
    }

    /// <summary>The 1-based line and column (in characters, a surrogate pair counting once) of a place in a string.</summary>
    private static JsonLocation LocationOf(string text, int index)
    {
        var before = text.AsSpan(0, Math.Clamp(index, 0, text.Length));
        var lineStart = before.LastIndexOf('\n') + 1;
        var column = 1;
        for (var i = lineStart; i < before.Length; i++)
        {
            column += char.IsLowSurrogate(before[i]) && i > lineStart && char.IsHighSurrogate(before[i - 1]) ? 0 : 1;
        }

        return new JsonLocation(before.Count('\n') + 1, column);
    }

    private static PlanReadResult TooLarge(PlanReadOptions options) => PlanReadResult.Failure([new JsonReadError("$", null,
        string.Create(CultureInfo.InvariantCulture, $"The document is larger than {options.MaxDocumentBytes:N0} bytes (PlanReadOptions.MaxDocumentBytes); raise the limit to read it."))]);

    private static string LoadSchema()
    {
        using var stream = typeof(PlanJson).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The embedded schema '{SchemaResource}' is missing from {typeof(PlanJson).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
