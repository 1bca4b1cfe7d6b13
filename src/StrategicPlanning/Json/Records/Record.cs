using System.Globalization;
using System.Text;
using System.Text.Json;
using StrategicPlanning.Core;

namespace StrategicPlanning.Json;

/// <summary>
/// How one record type is read from and written to JSON: a table of its members, each listed once with its name, use,
/// reader and writer (<see cref="RecordMember{T, TState}"/>), plus how the record is made from the members read. Every
/// record of the format, from the document down to a measure's actual, is read and written by this one class.
/// </summary>
/// <remarks>
/// <para>
/// Reading: members are matched exactly by name, in any order; null means absent; every value goes through the
/// converter the options hold for its type (the same limits and messages everywhere); a repeated member is refused;
/// unknown members are kept as their text (JSN-2). A value of the wrong type stops the read with a
/// <see cref="JsonException"/> marked with its path (<see cref="At"/>). What does not stop it goes to
/// <see cref="ReadProblems"/>, reported in one order: for each member in the table (or <c>reportOrder</c>), missing
/// if required and absent, else the problems inside its value; then, for a complete record, the problems inside
/// members marked <see cref="MemberUse.CheckedWhenComplete"/>; then unknown member names over the limit.
/// </para>
/// <para>Writing: the members in the table's order, then the unknown members.</para>
/// <para>
/// Each record type keeps its member table and its noun ("a plan") in static fields declared before its
/// <c>Table</c>, not inline in its constructor call: the table is built once per process, and only code in a static
/// initializer is seen as such by the mutation run (docs/testing.md), which then runs every test on a change to it
/// instead of the one test that happened to build the table first.
/// </para>
/// </remarks>
/// <typeparam name="T">The model record.</typeparam>
/// <typeparam name="TState">The members read so far of one record.</typeparam>
internal abstract partial class Record<T, TState>
    where T : class
    where TState : struct
{
    [ThreadStatic]
    private static List<T?>? scratch;

    private readonly RecordMember<T, TState>[] members;
    private readonly int[] reportOrder;
    private readonly ulong required;
    private readonly ulong expected;
    private readonly ulong checkedWhenComplete;

    /// <summary>Initialises the table.</summary>
    /// <param name="owner">The record's name in messages, e.g. "a measure".</param>
    /// <param name="members">The members, in writing order.</param>
    /// <param name="reportOrder">The members' names in the order their problems are reported, when not the writing order.</param>
    protected Record(string owner, RecordMember<T, TState>[] members, string[]? reportOrder = null)
    {
        if (members.Length > 64)
        {
            throw new ArgumentException("A record has at most 64 members.", nameof(members));
        }

        Owner = owner;
        this.members = members;
        this.reportOrder = reportOrder is null
            ? [.. Enumerable.Range(0, members.Length)]
            : [.. reportOrder.Select(name => System.Array.FindIndex(members, m => m.Name == name))];
        for (var i = 0; i < members.Length; i++)
        {
            required |= members[i].Use.HasFlag(MemberUse.Required) ? 1UL << i : 0;
            expected |= members[i].Use.HasFlag(MemberUse.Expected) || members[i].Use.HasFlag(MemberUse.Required) ? 1UL << i : 0;
            checkedWhenComplete |= members[i].Use.HasFlag(MemberUse.CheckedWhenComplete) ? 1UL << i : 0;
        }
    }

    /// <summary>Gets the record's name in messages.</summary>
    public string Owner { get; }

    /// <summary>
    /// Reads one object (the reader on its start) into a record, or null when a required member is missing or could
    /// not be made; problems go to <paramref name="problems"/> at paths below the object.
    /// </summary>
    public T? ReadObject(ref Utf8JsonReader reader, JsonSerializerOptions options, ref ReadProblems? problems)
    {
        var state = default(TState);
        ulong seen = 0;
        ulong present = 0;
        ulong unmade = 0;
        ReadProblems?[]? inside = null;
        List<KeyValuePair<string, JsonValueText>>? unknown = null;
        var last = -1;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var index = MemberOf(ref reader, last);
            if (index >= 0)
            {
                last = index;
                var member = members[index];
                var bit = 1UL << index;
                if ((seen & bit) != 0)
                {
                    throw At(Duplicate(member.Name), member.Path);
                }

                seen |= bit;
                reader.Read();
                if (reader.TokenType == JsonTokenType.Null)
                {
                    continue;
                }

                ReadProblems? found = null;
                try
                {
                    unmade |= member.Read(ref reader, options, ref state, ref found) ? 0 : bit;
                }
                catch (JsonException ex)
                {
                    throw At(ex, member.Path);
                }

                present |= bit;
                if (found is not null)
                {
                    (inside ??= new ReadProblems?[members.Length])[index] = found;
                }

                continue;
            }

            unknown = ReadUnknown(ref reader, options, unknown);
        }

        var complete = (required & ~present) == 0 && (required & unmade) == 0;
        Report(present, complete, inside, ref problems);
        if (unknown is not null && complete)
        {
            CheckNames(unknown, options, ref problems);
        }

        if (!complete)
        {
            return null;
        }

        return Create(ref state, unknown is null ? ExtensionMembers.Empty : ExtensionMembers.Own([.. unknown]));
    }

    /// <summary>
    /// Reads an array of objects (the reader on its start) into records; a null element is a problem, an element that
    /// could not be made is null (its problems say why).
    /// </summary>
    public T?[] ReadArray(ref Utf8JsonReader reader, JsonSerializerOptions options, ref ReadProblems? problems)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonTokenNames.Expected("an array", ref reader);
        }

        var items = scratch ?? [];
        scratch = null; // an array of these inside one of these gets its own list
        items.Clear();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    ReadProblems.Add(ref problems, ReadProblems.Index(items.Count), "Expected an object, found null.");
                    items.Add(null);
                    break;
                case JsonTokenType.StartObject:
                    ReadProblems? found = null;
                    try
                    {
                        items.Add(ReadObject(ref reader, options, ref found));
                    }
                    catch (JsonException ex)
                    {
                        throw At(ex, ReadProblems.Index(items.Count));
                    }

                    ReadProblems.AddElement(ref problems, found, items.Count - 1);
                    break;
                default:
                    throw At(JsonTokenNames.Expected("an object", ref reader), ReadProblems.Index(items.Count));
            }
        }

        T?[] result = items.Count == 0 ? [] : [.. items];
        items.Clear();
        scratch = items;
        return result;
    }

    /// <summary>Writes one record as a JSON object: its members in order, then its unknown members (JSN-2).</summary>
    public void WriteObject(Utf8JsonWriter writer, T record, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var member in members)
        {
            member.Write(writer, record, options);
        }

        foreach (var (name, text) in ExtensionsOf(record).Texts)
        {
            if (System.Array.Exists(members, m => m.Name == name))
            {
                throw new InvalidOperationException(
                    $"An extension member is called '{name}', the name of a member this object already has in format 1.0; written out, the object would hold '{name}' twice and could not be read back. Set the member itself, or give the extension another name.");
            }

            writer.WritePropertyName(name);
            text.WriteTo(writer);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes records as a JSON array.</summary>
    public void WriteArray(Utf8JsonWriter writer, IReadOnlyList<T> records, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var record in records)
        {
            WriteObject(writer, record, options);
        }

        writer.WriteEndArray();
    }

    /// <summary>Makes the record once every required member is present.</summary>
    protected abstract T Create(ref TState state, ExtensionMembers extensions);

    /// <summary>Gets the record's unknown members.</summary>
    protected abstract ExtensionMembers ExtensionsOf(T record);

    /// <summary>Marks a failure with its part of the path below the document (see <see cref="ReadPath"/>).</summary>
    internal static JsonException At(JsonException ex, string prefix) => ReadPath.At(ex, prefix);

    private static JsonException Duplicate(string name) =>
        new($"Duplicate property '{name}' in an object; each member may appear only once.");

    /// <summary>The path part of a member: ".name", or "['odd name']" when the name needs quoting.</summary>
    private static string MemberPath(string name)
    {
        var path = new StringBuilder();
        JsonPathBuilder.AppendMember(path, name);
        return path.ToString();
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

    /// <summary>Keeps an unknown member's value as its text (JSN-2), the reader on its name.</summary>
    private static List<KeyValuePair<string, JsonValueText>> ReadUnknown(ref Utf8JsonReader reader, JsonSerializerOptions options, List<KeyValuePair<string, JsonValueText>>? unknown)
    {
        var name = reader.GetString()!;
        if (unknown is not null && Contains(unknown, name))
        {
            throw At(Duplicate(name), MemberPath(name));
        }

        reader.Read();
        try
        {
            (unknown ??= []).Add(new KeyValuePair<string, JsonValueText>(name, JsonValueCapture.Read(ref reader, MaxStringLength(options))));
        }
        catch (JsonException ex)
        {
            throw At(ex, MemberPath(name));
        }

        return unknown;
    }

    private static int MaxStringLength(JsonSerializerOptions options) =>
        RegisteredConverter<string>.In(options) is BoundedStringConverter bounded ? bounded.MaxLength : PlanReadOptions.Default.MaxStringLength;

    private static void CheckNames(List<KeyValuePair<string, JsonValueText>> unknown, JsonSerializerOptions options, ref ReadProblems? problems)
    {
        var limit = MaxStringLength(options);
        foreach (var (name, _) in unknown)
        {
            if (name.Length > limit)
            {
                ReadProblems.Add(ref problems, string.Empty, string.Create(CultureInfo.InvariantCulture, $"A member name here is {name.Length:N0} characters long; the limit is {limit:N0} (PlanReadOptions.MaxStringLength)."));
            }
        }
    }

    /// <summary>Reports what the record's members lacked or held, in the record's order (see the remarks).</summary>
    private void Report(ulong present, bool complete, ReadProblems?[]? inside, ref ReadProblems? problems)
    {
        foreach (var i in reportOrder)
        {
            var bit = 1UL << i;
            if ((expected & bit) != 0 && (present & bit) == 0)
            {
                ReadProblems.Add(ref problems, members[i].Path, $"'{members[i].Name}' is required for {Owner} but is missing or null.");
            }
            else if ((checkedWhenComplete & bit) == 0 && inside?[i] is { } found)
            {
                ReadProblems.AddAll(ref problems, found, members[i].Path);
            }
        }

        for (var n = 0; complete && inside is not null && n < reportOrder.Length; n++)
        {
            var i = reportOrder[n];
            if ((checkedWhenComplete & (1UL << i)) != 0 && inside[i] is { } found)
            {
                ReadProblems.AddAll(ref problems, found, members[i].Path);
            }
        }
    }

    /// <summary>
    /// Finds which member the property names, trying first the one after the last found: writers put members in the
    /// format's order, so that guess is nearly always right and a lookup is one comparison.
    /// </summary>
    private int MemberOf(ref Utf8JsonReader reader, int after)
    {
        var count = members.Length;
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var name = reader.ValueSpan;
            for (var n = 1; n <= count; n++)
            {
                var i = (after + n) % count;
                if (name.SequenceEqual(members[i].Utf8Name))
                {
                    return i;
                }
            }

            return -1;
        }

        for (var i = 0; i < count; i++)
        {
            if (reader.ValueTextEquals(members[i].Utf8Name))
            {
                return i;
            }
        }

        return -1;
    }
}
