using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using StrategicPlanning.Core;

namespace StrategicPlanning.Json;

/// <summary>
/// Reads and writes a <see cref="LeafArray{T}"/> with one hand-written pass over each element's members. Behaves
/// as the wire objects it replaces did: members matched exactly by name, null meaning absent, every value read by
/// the same converters (so the same messages), a repeated member refused, unknown members kept (JSN-2), every
/// missing required member reported with its path rather than stopping at the first (VAL-1).
/// </summary>
/// <typeparam name="T">The model record.</typeparam>
/// <typeparam name="TState">The members read so far for one element.</typeparam>
internal abstract class LeafArrayConverter<T, TState> : JsonConverter<LeafArray<T>>
    where T : class
    where TState : struct
{
    /// <summary>The key of <see cref="Exception.Data"/> holding the path below the array of a failure inside it.</summary>
    public const string RelativePathKey = "StrategicPlanning.Json.RelativePath";

    [ThreadStatic]
    private static List<T?>? scratch;

    private readonly string[] members;
    private readonly byte[][] utf8Members;
    private readonly ulong required;
    private readonly int maxNameLength;

    /// <summary>Initialises the converter.</summary>
    /// <param name="owner">The element's name in messages, e.g. "an actual".</param>
    /// <param name="maxNameLength">The longest unknown member name kept (PlanReadOptions.MaxStringLength).</param>
    /// <param name="members">The members in writing order; a leading '!' marks a required one.</param>
    protected LeafArrayConverter(string owner, int maxNameLength, params string[] members)
    {
        Owner = owner;
        this.maxNameLength = maxNameLength;
        this.members = [.. members.Select(m => m.TrimStart('!'))];
        utf8Members = [.. this.members.Select(Encoding.UTF8.GetBytes)];
        for (var i = 0; i < members.Length; i++)
        {
            required |= members[i].StartsWith('!') ? 1UL << i : 0;
        }
    }

    /// <summary>Gets the element's name in messages.</summary>
    protected string Owner { get; }

    /// <inheritdoc />
    public override LeafArray<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var items = ReadItems(ref reader, options, out var problems);
        return new LeafArray<T>(items, problems);
    }

    /// <summary>Reads the array (the reader on its start) into records; problems with elements go to <paramref name="problems"/>.</summary>
    internal T?[] ReadItems(ref Utf8JsonReader reader, JsonSerializerOptions options, out List<LeafProblem>? problems)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonTokenNames.Expected("an array", ref reader);
        }

        var items = scratch ??= [];
        items.Clear();
        problems = null;
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    items.Add(null);
                    (problems ??= []).Add(new LeafProblem(index, string.Empty, "Expected an object, found null."));
                    break;
                case JsonTokenType.StartObject:
                    items.Add(ReadOne(ref reader, options, index, ref problems));
                    break;
                default:
                    throw At(JsonTokenNames.Expected("an object", ref reader), Prefix(index, null));
            }

            index++;
        }

        var result = items.ToArray();
        items.Clear();
        return result;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, LeafArray<T> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value.Items)
        {
            if (item is null)
            {
                writer.WriteNullValue();
                continue;
            }

            WriteOne(writer, item, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one record as a JSON object: its members in order, then its unknown members (JSN-2).</summary>
    internal void WriteOne(Utf8JsonWriter writer, T item, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        WriteMembers(writer, item, options);
        foreach (var (name, text) in ExtensionsOf(item).Texts)
        {
            if (Array.IndexOf(members, name) >= 0)
            {
                throw new InvalidOperationException(
                    $"An extension member is called '{name}', the name of a member this object already has in format 1.0; written out, the object would hold '{name}' twice and could not be read back. Set the member itself, or give the extension another name.");
            }

            writer.WritePropertyName(name);
            text.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads the value of a known member (never null) into the state.</summary>
    protected abstract void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state);

    /// <summary>
    /// Reports the problems of nested objects and arrays kept in the state, in the order the rules list them; called
    /// after the element's own missing members, with <paramref name="complete"/> false when any was missing.
    /// </summary>
    protected virtual void Finish(in TState state, int index, bool complete, ref List<LeafProblem>? problems)
    {
    }

    /// <summary>Reports a nested array's problems under the element: at ".member[j]..." below it.</summary>
    protected static void NestedArray(List<LeafProblem>? nested, string member, int index, ref List<LeafProblem>? problems)
    {
        foreach (var (j, suffix, message) in nested ?? [])
        {
            (problems ??= []).Add(new LeafProblem(index, string.Concat(".", member, "[", j.ToString(System.Globalization.CultureInfo.InvariantCulture), "]", suffix), message));
        }
    }

    /// <summary>Reports a nested object's problems (read with <see cref="ReadOne"/> at index -1) under the element.</summary>
    protected static void Nested(List<LeafProblem>? nested, string member, int index, ref List<LeafProblem>? problems)
    {
        foreach (var (_, suffix, message) in nested ?? [])
        {
            (problems ??= []).Add(new LeafProblem(index, "." + member + suffix, message));
        }
    }

    /// <summary>Gets a nested array's records as a model list: empty when any element had a problem (reported through <see cref="NestedArray"/>).</summary>
    protected static ValueList<TItem> ListOf<TItem>(TItem?[]? items, List<LeafProblem>? problems)
        where TItem : class =>
        items is null || items.Length == 0 || problems is not null ? ValueList<TItem>.Empty : ValueList.Own((TItem[])(object)items);

    /// <summary>Makes the record once every required member is present.</summary>
    protected abstract T Create(in TState state, ExtensionMembers extensions);

    /// <summary>Writes the record's known members in order, leaving out nulls.</summary>
    protected abstract void WriteMembers(Utf8JsonWriter writer, T item, JsonSerializerOptions options);

    /// <summary>Gets the record's unknown members.</summary>
    protected abstract ExtensionMembers ExtensionsOf(T item);

    /// <summary>Reads a value with the converter the options hold for its type, so limits and messages are the usual ones.</summary>
    protected static TValue Value<TValue>(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        Registered<TValue>.In(options).Read(ref reader, typeof(TValue), options)!;

    /// <summary>Writes a string member when it is not null (optional members are left out, as the wire objects did).</summary>
    protected static void Optional(Utf8JsonWriter writer, string name, string? value, JsonSerializerOptions options)
    {
        if (value is not null)
        {
            Write(writer, name, value, options);
        }
    }

    /// <summary>Writes a value with the converter the options hold for its type.</summary>
    protected static void Write<TValue>(Utf8JsonWriter writer, string name, TValue value, JsonSerializerOptions options)
    {
        writer.WritePropertyName(name);
        Registered<TValue>.In(options).Write(writer, value, options);
    }

    /// <summary>
    /// Reads one object (the reader on its start) into a record, or null when a required member is missing; problems
    /// go to <paramref name="problems"/> at <paramref name="index"/>, -1 for an object that is not in an array.
    /// </summary>
    internal T? ReadOne(ref Utf8JsonReader reader, JsonSerializerOptions options, int index, ref List<LeafProblem>? problems)
    {
        var state = default(TState);
        ulong seen = 0;
        ulong present = 0;
        List<KeyValuePair<string, JsonValueText>>? unknown = null;
        var last = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var member = MemberOf(ref reader, last);
            last = member < 0 ? last : member;
            if (member >= 0)
            {
                var bit = 1UL << member;
                if ((seen & bit) != 0)
                {
                    throw At(Duplicate(members[member]), Prefix(index, members[member]));
                }

                seen |= bit;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                try
                {
                    ReadMember(member, ref reader, options, ref state);
                }
                catch (JsonException ex)
                {
                    throw At(ex, Prefix(index, members[member]));
                }

                present |= bit;
                continue;
            }

            var name = reader.GetString()!;
            if (unknown is not null && Contains(unknown, name))
            {
                throw At(Duplicate(name), Prefix(index, name));
            }

            reader.Read();
            try
            {
                (unknown ??= []).Add(new KeyValuePair<string, JsonValueText>(name, JsonValueCapture.Read(ref reader, maxNameLength)));
            }
            catch (JsonException ex)
            {
                throw At(ex, Prefix(index, name));
            }
        }

        var complete = (required & ~present) == 0;
        for (var i = 0; !complete && i < members.Length; i++)
        {
            if ((required & ~present & (1UL << i)) != 0)
            {
                (problems ??= []).Add(new LeafProblem(index, "." + members[i], $"'{members[i]}' is required for {Owner} but is missing or null."));
            }
        }

        Finish(state, index, complete, ref problems);
        if (!complete)
        {
            return null;
        }

        var extensions = ExtensionMembers.Empty;
        if (unknown is not null)
        {
            foreach (var (name, _) in unknown)
            {
                if (name.Length > maxNameLength)
                {
                    (problems ??= []).Add(new LeafProblem(index, string.Empty, string.Create(CultureInfo.InvariantCulture, $"A member name here is {name.Length:N0} characters long; the limit is {maxNameLength:N0} (PlanReadOptions.MaxStringLength).")));
                }
            }

            extensions = ExtensionMembers.Own([.. unknown]);
        }

        return Create(state, extensions);
    }

    // A loop, not List.Exists with a lambda: a lambda capturing the name would cost an object per member read.
    private static bool Contains(List<KeyValuePair<string, JsonValueText>> unknown, string name)
    {
        foreach (var member in unknown)
        {
            if (member.Key == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds which known member the property names, trying first the one after the last found: writers put members
    /// in the format's order, so that guess is nearly always right and a lookup is one comparison.
    /// </summary>
    private int MemberOf(ref Utf8JsonReader reader, int after)
    {
        var count = utf8Members.Length;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            for (var n = 1; n <= count; n++)
            {
                var i = (after + n) % count;
                if (name.SequenceEqual(utf8Members[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < count; i++)
        {
            if (reader.ValueTextEquals(utf8Members[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The converter the options hold for a value type, found in their list (no reflection, so trimming and native
    /// AOT stay safe) and remembered for the options last asked about.
    /// </summary>
    private static class Registered<TValue>
    {
        private static Pair? last;

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

        private sealed record Pair(JsonSerializerOptions Options, JsonConverter<TValue> Converter);
    }

    private static JsonException Duplicate(string name) =>
        new($"Duplicate property '{name}' in an object; each member may appear only once.");

    /// <summary>The path below the array of an element's member: "[3].value", or ".value" for an object on its own.</summary>
    internal static string Prefix(int index, string? member)
    {
        var relative = new StringBuilder();
        if (index >= 0)
        {
            relative.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
        }

        if (member is not null)
        {
            JsonPathBuilder.AppendMember(relative, member);
        }

        return relative.ToString();
    }

    /// <summary>
    /// Marks where below the array a failure happened, for the read error's path (ReadErrors): STJ's own path stops
    /// at the array. A failure already marked deeper down keeps its part, after this one.
    /// </summary>
    internal static JsonException At(JsonException ex, string prefix)
    {
        ex.Data[RelativePathKey] = prefix + (ex.Data[RelativePathKey] as string);
        return ex;
    }
}
