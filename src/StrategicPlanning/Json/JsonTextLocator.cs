using System.Globalization;
using System.Text;
using System.Text.Json;

namespace StrategicPlanning.Json;

/// <summary>
/// Finds where things are in a UTF-8 JSON text: the line and column of a byte position, the JSON path at a
/// syntax error, and the line and column of the values at given JSON paths. Used only when something must be
/// reported, so the happy path of reading pays nothing for it.
/// </summary>
internal static class JsonTextLocator
{
    /// <summary>Turns STJ's 0-based line and byte position within that line into a 1-based line and character column.</summary>
    public static JsonLocation FromLineAndBytePosition(ReadOnlySpan<byte> utf8, long lineIndex, long bytePositionInLine)
    {
        var lineStart = 0;
        for (long line = 0; line < lineIndex; line++)
        {
            var next = utf8[lineStart..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            lineStart += next + 1;
        }

        var end = (int)Math.Min(utf8.Length, lineStart + bytePositionInLine);
        return new JsonLocation(Clamp(lineIndex + 1), CountCharacters(utf8[lineStart..end]) + 1);
    }

    /// <summary>Turns a byte offset into a 1-based line and character column.</summary>
    public static JsonLocation FromOffset(ReadOnlySpan<byte> utf8, long offset)
    {
        var before = utf8[..(int)Math.Min(offset, utf8.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return new JsonLocation(line, CountCharacters(before[lineStart..]) + 1);
    }

    /// <summary>Reads up to the first syntax error and returns the JSON path reached there, or null when the text is well-formed.</summary>
    public static string? PathAtSyntaxError(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var walker = new PathWalker();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var afterName = false;
        try
        {
            while (reader.Read())
            {
                walker.Step(ref reader);
                afterName = reader.TokenType == JsonTokenType.PropertyName;
            }

            return null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // After a member name the broken thing is that member's value; otherwise it is the open container.
            return afterName ? walker.CurrentPath() : walker.ContainerPath();
        }
    }

    /// <summary>
    /// Finds the first member name or string that is not valid Unicode (invalid UTF-8, or an escaped unpaired
    /// surrogate such as <c>\uD800</c>): its place, and for a string value its path; for a member name the path of
    /// the object that holds it, since the name itself cannot be written down. Null when every string is valid.
    /// </summary>
    public static (string Path, JsonLocation Location, bool IsName)? FirstInvalidString(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var walker = new PathWalker();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read())
            {
                var isName = reader.TokenType == JsonTokenType.PropertyName;
                if ((isName || reader.TokenType == JsonTokenType.String) && !JsonValueCapture.IsValidText(ref reader, out _))
                {
                    var at = FromOffset(utf8, reader.TokenStartIndex);
                    if (isName)
                    {
                        return (walker.ContainerPath(), at, true);
                    }

                    walker.Step(ref reader);
                    return (walker.CurrentPath(), at, false);
                }

                walker.Step(ref reader);
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // A syntax error before any invalid string: the caller reports what it has.
        }

        return null;
    }

    /// <summary>
    /// Finds the line and column of the value at each path. A path that names nothing in the text (a missing
    /// member, say) is placed at its nearest enclosing value.
    /// </summary>
    public static Dictionary<string, JsonLocation> Locate(ReadOnlySpan<byte> utf8, IEnumerable<string> paths, int maxDepth = 64)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var p = path; p is not null; p = Parent(p))
            {
                wanted.Add(p);
            }
        }

        var found = FindAll(utf8, wanted, maxDepth);
        var result = new Dictionary<string, JsonLocation>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            for (var p = path; p is not null; p = Parent(p))
            {
                if (found.TryGetValue(p, out var location))
                {
                    result[path] = location;
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>The enclosing path: <c>$.a.b[2]</c> → <c>$.a.b</c> → <c>$.a</c> → <c>$</c> → null.</summary>
    public static string? Parent(string path)
    {
        if (path.Length <= 1)
        {
            return null;
        }

        var cut = path[^1] == ']' ? path.LastIndexOf(path[^2] == '\'' ? "['" : "[", StringComparison.Ordinal) : path.LastIndexOf('.');
        return cut <= 0 ? "$" : path[..cut];
    }

    private static Dictionary<string, JsonLocation> FindAll(ReadOnlySpan<byte> utf8, HashSet<string> wanted, int maxDepth)
    {
        var found = new Dictionary<string, JsonLocation>(StringComparer.Ordinal);
        var lookup = wanted.GetAlternateLookup<ReadOnlySpan<char>>();
        var walker = new PathWalker();
        var cursor = new LineCursor();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            while (reader.Read() && found.Count < wanted.Count)
            {
                if (walker.Step(ref reader) && lookup.TryGetValue(walker.Current, out var path) && !found.ContainsKey(path))
                {
                    // Tokens come in order, so the cursor only ever moves forward: one pass, however many paths.
                    found.Add(path, cursor.MoveTo(utf8, reader.TokenStartIndex));
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Whatever was found before the text broke off is still worth reporting.
        }

        return found;
    }

    private static int CountCharacters(ReadOnlySpan<byte> utf8)
    {
        var count = 0;
        foreach (var b in utf8)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }

    private static int Clamp(long value) => (int)Math.Min(value, int.MaxValue);

    /// <summary>A line and column that move forward through the text, so that placing many tokens stays linear.</summary>
    private struct LineCursor()
    {
        private long offset;
        private int line = 1;
        private int column = 1;

        public JsonLocation MoveTo(ReadOnlySpan<byte> utf8, long target)
        {
            for (; offset < target && offset < utf8.Length; offset++)
            {
                var b = utf8[(int)offset];
                if (b == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            return new JsonLocation(line, column);
        }
    }

    /// <summary>Tracks the JSON path of the token a reader is on, in a reusable character buffer.</summary>
    private sealed class PathWalker
    {
        private readonly List<Frame> frames = [];
        private char[] buffer = new char[256];
        private int length;

        public PathWalker()
        {
            buffer[0] = '$';
            length = 1;
        }

        public ReadOnlySpan<char> Current => buffer.AsSpan(0, length);

        public string CurrentPath() => new(Current);

        public string ContainerPath() => frames.Count == 0 ? "$" : new string(buffer, 0, frames[^1].Base);

        /// <summary>Advances over one token; returns true when the token starts a value whose path is <see cref="Current"/>.</summary>
        public bool Step(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    length = frames[^1].Base;
                    AppendName(ref reader);
                    return false;
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    return false;
                default:
                    EnterArrayElement();
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Add(new Frame(length, reader.TokenType == JsonTokenType.StartArray ? 0 : -1));
                    }

                    return true;
            }
        }

        private void EnterArrayElement()
        {
            if (frames.Count == 0 || frames[^1].NextIndex < 0)
            {
                return;
            }

            var frame = frames[^1];
            length = frame.Base;
            Append("[" + frame.NextIndex.ToString(CultureInfo.InvariantCulture) + "]");
            frames[^1] = frame with { NextIndex = frame.NextIndex + 1 };
        }

        private void AppendName(ref Utf8JsonReader reader)
        {
            var builder = new StringBuilder();
            Core.JsonPathBuilder.AppendMember(builder, NameOf(ref reader));
            Append(builder.ToString());
        }

        /// <summary>The member name; invalid UTF-8 (which the serializer reports) is shown with replacement characters.</summary>
        private static string NameOf(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString() ?? string.Empty;
            }
            catch (InvalidOperationException)
            {
                return Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());
            }
        }

        private void Append(string text)
        {
            if (length + text.Length > buffer.Length)
            {
                Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length));
            }

            text.CopyTo(buffer.AsSpan(length));
            length += text.Length;
        }

        private readonly record struct Frame(int Base, int NextIndex);
    }
}
