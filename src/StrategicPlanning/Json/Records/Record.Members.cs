using System.Text.Json;
using StrategicPlanning.Core;

namespace StrategicPlanning.Json;

/// <content>The kinds of member a record's table lists, one factory method each.</content>
internal abstract partial class Record<T, TState>
{
    /// <summary>Required: absent or null is reported as missing.</summary>
    protected const MemberUse Required = MemberUse.Required;

    /// <summary>Absent or null means the record's default (written out all the same).</summary>
    protected const MemberUse Defaulted = MemberUse.Optional;

    /// <summary>Optional; problems inside are reported only for a complete record.</summary>
    protected const MemberUse WhenComplete = MemberUse.CheckedWhenComplete;

    /// <summary>A value always written (a required value, or one with a default the write spells out).</summary>
    protected static RecordMember<T, TState> Value<TValue>(string name, MemberUse use, Setter<TState, TValue> set, Func<T, TValue> get, Func<TValue, string?>? check = null) =>
        new ValueMember<TValue>(name, use, set, get, check);

    /// <summary>An optional value written when not null.</summary>
    protected static RecordMember<T, TState> Optional<TValue>(string name, Setter<TState, TValue> set, Func<T, TValue?> get)
        where TValue : class =>
        new ValueMember<TValue>(name, MemberUse.Optional, set, get!, null, static value => value is not null);

    /// <summary>An optional value of a value type, written when it has one.</summary>
    protected static RecordMember<T, TState> Optional<TValue>(string name, Setter<TState, TValue> set, Func<T, TValue?> get)
        where TValue : struct =>
        new NullableMember<TValue>(name, set, get);

    /// <summary>A nested object, read by its own table and written when the record has one.</summary>
    protected static RecordMember<T, TState> Object<TItem, TItemState>(string name, MemberUse use, Record<TItem, TItemState> record, Setter<TState, TItem?> set, Func<T, TItem?> get)
        where TItem : class
        where TItemState : struct =>
        new ObjectMember<TItem, TItemState>(name, use, record, set, get);

    /// <summary>An array of nested objects, read by their own table; empty when any element had a problem; written when not empty.</summary>
    protected static RecordMember<T, TState> Array<TItem, TItemState>(string name, MemberUse use, Record<TItem, TItemState> record, Setter<TState, ValueList<TItem>> set, Func<T, IReadOnlyList<TItem>> get)
        where TItem : class
        where TItemState : struct =>
        new ArrayMember<TItem, TItemState>(name, use, record, set, get);

    /// <summary>
    /// An array of strings (ids, labels, years); a null element is reported (when the record is complete) and read as
    /// empty; written when not empty.
    /// </summary>
    protected static RecordMember<T, TState> Texts(string name, MemberUse use, Setter<TState, ValueList<string>> set, Func<T, IReadOnlyList<string>> get) =>
        new TextsMember(name, use | MemberUse.CheckedWhenComplete, set, get);

    /// <summary>An array of values of one type, each read by its converter (a null element too); written when not empty.</summary>
    protected static RecordMember<T, TState> Values<TValue>(string name, Setter<TState, ValueList<TValue>> set, Func<T, IReadOnlyList<TValue>> get) =>
        new ValuesMember<TValue>(name, set, get);

    /// <summary>An array of arrays of whole numbers (a risk matrix's scores); a null row is reported; written when not null.</summary>
    protected static RecordMember<T, TState> Grid(string name, Setter<TState, ValueList<IReadOnlyList<int>>> set, Func<T, IReadOnlyList<IReadOnlyList<int>>?> get) =>
        new GridMember(name, set, get);

    [ThreadStatic]
    private static List<string>? textScratch;

    // The last list of texts made for this record type. Neighbouring records often list the same ids (the five actions
    // of one outcome name it alike), and lists are immutable, so they share one: two objects fewer per repeat.
    [ThreadStatic]
    private static ValueList<string>? lastTexts;

    /// <summary>The texts read as a list: the last one made, when it holds the same texts, else a new one.</summary>
    private static ValueList<string> Shared(List<string> texts)
    {
        if (texts.Count == 0)
        {
            return ValueList<string>.Empty;
        }

        if (lastTexts is { } last && last.Count == texts.Count)
        {
            var same = true;
            for (var i = 0; same && i < texts.Count; i++)
            {
                same = string.Equals(last[i], texts[i], StringComparison.Ordinal);
            }

            if (same)
            {
                return last;
            }
        }

        return lastTexts = ValueList.Own(texts.ToArray());
    }

    private static void Name(Utf8JsonWriter writer, RecordMember<T, TState> member) => writer.WritePropertyName(member.EncodedName);

    private static TValue[] ReadValues<TValue>(ref Utf8JsonReader reader, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonTokenNames.Expected("an array", ref reader);
        }

        var values = new List<TValue>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            try
            {
                values.Add(RegisteredConverter<TValue>.Read(ref reader, options));
            }
            catch (JsonException ex)
            {
                throw At(ex, ReadProblems.Index(values.Count));
            }
        }

        return [.. values];
    }

    private static void WriteValues<TValue>(Utf8JsonWriter writer, IReadOnlyList<TValue> values, JsonSerializerOptions options)
    {
        var converter = RegisteredConverter<TValue>.In(options);
        writer.WriteStartArray();
        foreach (var value in values)
        {
            converter.Write(writer, value, options);
        }

        writer.WriteEndArray();
    }

    private sealed class ValueMember<TValue>(string name, MemberUse use, Setter<TState, TValue> set, Func<T, TValue> get, Func<TValue, string?>? check, Func<TValue, bool>? written = null)
        : RecordMember<T, TState>(name, use)
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            var value = RegisteredConverter<TValue>.Read(ref reader, options);
            set(ref state, value);
            if (check?.Invoke(value) is { } problem)
            {
                ReadProblems.Add(ref problems, string.Empty, problem);
            }

            return true;
        }

        public override void Write(Utf8JsonWriter writer, T record, JsonSerializerOptions options)
        {
            var value = get(record);
            if (written is null || written(value))
            {
                Name(writer, this);
                RegisteredConverter<TValue>.In(options).Write(writer, value, options);
            }
        }
    }

    private sealed class NullableMember<TValue>(string name, Setter<TState, TValue> set, Func<T, TValue?> get)
        : RecordMember<T, TState>(name, MemberUse.Optional)
        where TValue : struct
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            set(ref state, RegisteredConverter<TValue>.Read(ref reader, options));
            return true;
        }

        public override void Write(Utf8JsonWriter writer, T record, JsonSerializerOptions options)
        {
            if (get(record) is { } value)
            {
                Name(writer, this);
                RegisteredConverter<TValue>.In(options).Write(writer, value, options);
            }
        }
    }

    private sealed class ObjectMember<TItem, TItemState>(string name, MemberUse use, Record<TItem, TItemState> record, Setter<TState, TItem?> set, Func<T, TItem?> get)
        : RecordMember<T, TState>(name, use)
        where TItem : class
        where TItemState : struct
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw JsonTokenNames.Expected("an object", ref reader);
            }

            var item = record.ReadObject(ref reader, options, ref problems);
            set(ref state, item);
            return item is not null;
        }

        public override void Write(Utf8JsonWriter writer, T owner, JsonSerializerOptions options)
        {
            if (get(owner) is { } item)
            {
                Name(writer, this);
                record.WriteObject(writer, item, options);
            }
        }
    }

    private sealed class ArrayMember<TItem, TItemState>(string name, MemberUse use, Record<TItem, TItemState> record, Setter<TState, ValueList<TItem>> set, Func<T, IReadOnlyList<TItem>> get)
        : RecordMember<T, TState>(name, use)
        where TItem : class
        where TItemState : struct
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            var items = record.ReadArray(ref reader, options, ref problems);
            set(ref state, items.Length == 0 || problems is not null ? ValueList<TItem>.Empty : ValueList.Own((TItem[])(object)items));
            return true;
        }

        public override void Write(Utf8JsonWriter writer, T owner, JsonSerializerOptions options)
        {
            var items = get(owner);
            if (items.Count > 0 || Use.HasFlag(MemberUse.AlwaysWritten))
            {
                Name(writer, this);
                record.WriteArray(writer, items, options);
            }
        }
    }

    private sealed class TextsMember(string name, MemberUse use, Setter<TState, ValueList<string>> set, Func<T, IReadOnlyList<string>> get)
        : RecordMember<T, TState>(name, use)
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw JsonTokenNames.Expected("an array", ref reader);
            }

            var texts = textScratch ?? [];
            textScratch = null;
            texts.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    ReadProblems.Add(ref problems, ReadProblems.Index(texts.Count), "Expected a string, found null.");
                    texts.Add(string.Empty); // reported; the document will not be returned
                    continue;
                }

                try
                {
                    texts.Add(RegisteredConverter<string>.Read(ref reader, options));
                }
                catch (JsonException ex)
                {
                    throw At(ex, ReadProblems.Index(texts.Count));
                }
            }

            set(ref state, Shared(texts));
            texts.Clear();
            textScratch = texts;
            return true;
        }

        public override void Write(Utf8JsonWriter writer, T record, JsonSerializerOptions options)
        {
            var texts = get(record);
            if (texts.Count > 0 || Use.HasFlag(MemberUse.AlwaysWritten))
            {
                Name(writer, this);
                WriteValues(writer, texts, options);
            }
        }
    }

    private sealed class ValuesMember<TValue>(string name, Setter<TState, ValueList<TValue>> set, Func<T, IReadOnlyList<TValue>> get)
        : RecordMember<T, TState>(name, MemberUse.Optional)
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            var values = ReadValues<TValue>(ref reader, options);
            set(ref state, values.Length == 0 ? ValueList<TValue>.Empty : ValueList.Own(values));
            return true;
        }

        public override void Write(Utf8JsonWriter writer, T record, JsonSerializerOptions options)
        {
            var values = get(record);
            if (values.Count > 0)
            {
                Name(writer, this);
                WriteValues(writer, values, options);
            }
        }
    }

    private sealed class GridMember(string name, Setter<TState, ValueList<IReadOnlyList<int>>> set, Func<T, IReadOnlyList<IReadOnlyList<int>>?> get)
        : RecordMember<T, TState>(name, MemberUse.Optional)
    {
        public override bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw JsonTokenNames.Expected("an array", ref reader);
            }

            var rows = new List<IReadOnlyList<int>>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                {
                    ReadProblems.Add(ref problems, ReadProblems.Index(rows.Count), "Expected an array of scores, found null.");
                    rows.Add(ValueList<int>.Empty);
                    continue;
                }

                try
                {
                    rows.Add(ValueList.Own(ReadValues<int>(ref reader, options)));
                }
                catch (JsonException ex)
                {
                    throw At(ex, ReadProblems.Index(rows.Count));
                }
            }

            set(ref state, ValueList.Own(rows.ToArray()));
            return true;
        }

        public override void Write(Utf8JsonWriter writer, T record, JsonSerializerOptions options)
        {
            if (get(record) is { } rows)
            {
                Name(writer, this);
                writer.WriteStartArray();
                foreach (var row in rows)
                {
                    WriteValues(writer, row, options);
                }

                writer.WriteEndArray();
            }
        }
    }
}
