using System.Text.Json;

namespace StrategicPlanning.Json;

/// <summary>Puts a value read from JSON into the state of a record being read.</summary>
/// <typeparam name="TState">The members read so far of one record.</typeparam>
/// <typeparam name="TValue">The value's type.</typeparam>
internal delegate void Setter<TState, in TValue>(ref TState state, TValue value);

/// <summary>
/// One member of a record's table (<see cref="Record{T, TState}"/>): its JSON name, how it is used, how its value is
/// read into the record's state and how it is written from the record. Made by the table's factory methods.
/// </summary>
/// <typeparam name="T">The model record.</typeparam>
/// <typeparam name="TState">The members read so far of one record.</typeparam>
internal abstract class RecordMember<T, TState>
    where T : class
    where TState : struct
{
    /// <summary>Initialises the member.</summary>
    protected RecordMember(string name, MemberUse use)
    {
        Name = name;
        Use = use;
        EncodedName = JsonEncodedText.Encode(name);
        Utf8Name = System.Text.Encoding.UTF8.GetBytes(name);
        Path = "." + name;
    }

    /// <summary>Gets the JSON name.</summary>
    public string Name { get; }

    /// <summary>Gets how the member is used.</summary>
    public MemberUse Use { get; }

    /// <summary>Gets the name as UTF-8, to match property names without decoding them.</summary>
    public byte[] Utf8Name { get; }

    /// <summary>Gets the name ready for writing.</summary>
    public JsonEncodedText EncodedName { get; }

    /// <summary>Gets the member's path below its record: ".name".</summary>
    public string Path { get; }

    /// <summary>
    /// Reads the value the reader is on (never null) into the state, leaving the reader on its last token. Problems
    /// that do not stop the reading go to <paramref name="problems"/>, at paths below the value.
    /// </summary>
    /// <returns>False when the value is an object that could not be made (a required member of its own missing).</returns>
    public abstract bool Read(ref Utf8JsonReader reader, JsonSerializerOptions options, ref TState state, ref ReadProblems? problems);

    /// <summary>Writes the member (name and value) when the record has it to write.</summary>
    public abstract void Write(Utf8JsonWriter writer, T record, JsonSerializerOptions options);
}
