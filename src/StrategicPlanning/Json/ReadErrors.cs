using System.Globalization;
using System.Text.Json;

namespace StrategicPlanning.Json;

/// <summary>
/// Turns what went wrong while reading into <see cref="JsonReadError"/>s in a performance officer's words,
/// with JSON path, line and column (VAL-4).
/// </summary>
internal static class ReadErrors
{
    private const string StjPathSuffix = " Path: ";
    private const string ReaderPositionSuffix = " LineNumber: ";

    public static JsonReadError FromException(Exception ex, ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var json = ex as JsonException;
        var isSyntax = json?.InnerException?.GetType().Name == "JsonReaderException" || json?.Path is null;
        if (utf8.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new JsonReadError("$", new JsonLocation(1, 1), "The text is empty; a plan document is a JSON object with at least 'schemaVersion' and 'plan'.");
        }

        if (InvalidUnicode(ex) is { } problem && JsonTextLocator.FirstInvalidString(utf8, maxDepth) is { } bad)
        {
            // STJ reports the object or value it was reading; the fault is one string inside it (VAL-4).
            return new JsonReadError(bad.Path, bad.Location, (bad.IsName ? "A member name here" : "This text") + " is not valid Unicode (" + problem.TrimEnd('.') + "); it cannot be read without changing it.");
        }

        var path = (isSyntax ? JsonTextLocator.PathAtSyntaxError(utf8, maxDepth) : null) ?? json?.Path ?? "$";
        if (!isSyntax && json?.Data[ReadPath.RelativePathKey] is string relative)
        {
            path += relative; // a failure inside the document: STJ's path stops at the value its converter was asked for
        }

        JsonLocation? location = json is { LineNumber: { } line, BytePositionInLine: { } position }
            ? JsonTextLocator.FromLineAndBytePosition(utf8, line, position)
            : null;
        var duplicate = ex.Message.StartsWith("Duplicate property", StringComparison.Ordinal);
        if (!isSyntax && !duplicate && JsonTextLocator.Locate(utf8, [path], maxDepth).TryGetValue(path, out var valueStart))
        {
            // STJ places type errors after the offending token; point at its start instead.
            location = valueStart;
        }
        return new JsonReadError(path, location, Describe(ex, path, maxDepth));
    }

    /// <summary>Places the first bytes that are not UTF-8: in a member name, a string, or (failing both) the text itself.</summary>
    public static JsonReadError InvalidUtf8(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        const string Problem = " is not valid UTF-8; it cannot be read without changing it.";
        if (JsonTextLocator.FirstInvalidString(utf8, maxDepth) is { } bad)
        {
            return new JsonReadError(bad.Path, bad.Location, (bad.IsName ? "A member name here" : "This text") + Problem);
        }

        var valid = 0;
        while (valid < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[valid..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            valid += consumed;
        }

        return new JsonReadError(JsonTextLocator.PathAtSyntaxError(utf8[..valid], maxDepth) ?? "$", JsonTextLocator.FromOffset(utf8, valid), "The text" + Problem);
    }

    public static IEnumerable<JsonReadError> Locate(List<(string Path, string Message)> errors, ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var locations = JsonTextLocator.Locate(utf8, errors.Select(e => e.Path), maxDepth);
        return errors.Select(e => new JsonReadError(e.Path, locations.TryGetValue(e.Path, out var at) ? at : null, e.Message)).ToList();
    }

    private static string Describe(Exception ex, string path, int maxDepth)
    {
        var message = Trim(ex.InnerException is JsonException inner && ex.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            ? inner.Message
            : ex.Message);
        if (InvalidUnicode(ex) is { } problem)
        {
            return "The text is not valid Unicode (" + problem.TrimEnd('.') + "); it cannot be read without changing it.";
        }

        if (message.StartsWith("Duplicate property", StringComparison.Ordinal))
        {
            return $"The member '{LastMember(path)}' appears more than once in this object; each member may appear only once.";
        }

        if (message.StartsWith("The maximum configured depth", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"Objects and arrays are nested more than {maxDepth} deep here; the limit is PlanReadOptions.MaxDepth (the format itself needs 10).");
        }

        if (message.StartsWith("The JSON value could not be converted to ", StringComparison.Ordinal))
        {
            // The serializer's own words for a value its converter could not take. Every converter checks the token
            // it is given and says what it expected, so this is a safety net that no known input reaches.
            return "This value is not of the kind expected here.";
        }

        if (message.StartsWith("Expected depth to be zero", StringComparison.Ordinal) || message.Contains("reached end of data", StringComparison.Ordinal))
        {
            return "The text ends before the document does: an object or array is not closed. Is the file truncated? " + message;
        }

        return ex is JsonException ? message : "The text could not be read: " + message;
    }

    /// <summary>The reader's own words when the failure is text that is not valid Unicode, else null.</summary>
    private static string? InvalidUnicode(Exception ex)
    {
        for (var inner = ex.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is InvalidOperationException { Message: var problem } && (problem.Contains("UTF", StringComparison.Ordinal) || problem.Contains("surrogate", StringComparison.Ordinal)))
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>Drops STJ's own "Path: … | LineNumber: …" tail: the error carries those as fields.</summary>
    private static string Trim(string message)
    {
        foreach (var suffix in (ReadOnlySpan<string>)[StjPathSuffix, ReaderPositionSuffix])
        {
            var at = message.IndexOf(suffix, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message[..at];
            }
        }

        return message.TrimEnd();
    }

    private static string LastMember(string path)
    {
        var parent = JsonTextLocator.Parent(path) ?? "$";
        var member = path[parent.Length..];
        return member.StartsWith("['", StringComparison.Ordinal) ? member[2..^2] : member.TrimStart('.');
    }
}
