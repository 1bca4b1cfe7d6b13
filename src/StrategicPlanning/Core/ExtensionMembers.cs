using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace StrategicPlanning.Core;

/// <summary>
/// The JSON members of one object that this version of the library does not know, kept in their
/// original order so that they are written back unchanged (JSN-2: a newer app's data survives an
/// older app).
/// </summary>
/// <remarks>
/// Immutable and thread-safe. Two instances are equal when they hold the same member names with values equal as JSON
/// (objects by member whatever the order, numbers by exact value however large), whatever the order of the members;
/// equality never throws. Values are kept as their text, costing about their own length in memory, and parsed into a
/// <see cref="JsonElement"/> each time one is asked for.
/// </remarks>
[SuppressMessage("Naming", "CA1710", Justification = "They are the members of a JSON object, named as the format names them.")]
public sealed class ExtensionMembers : IReadOnlyDictionary<string, JsonElement>, IEquatable<ExtensionMembers>
{
    private readonly KeyValuePair<string, JsonValueText>[] members;

    private ExtensionMembers(KeyValuePair<string, JsonValueText>[] members) => this.members = members;

    /// <summary>Gets the instance with no members; every model object starts with it.</summary>
    public static ExtensionMembers Empty { get; } = new([]);

    /// <summary>Gets the number of members.</summary>
    public int Count => members.Length;

    /// <summary>Gets whether there are no members.</summary>
    public bool IsEmpty => members.Length == 0;

    /// <summary>Gets the member names in their original order.</summary>
    public IEnumerable<string> Keys => members.Select(m => m.Key);

    /// <summary>Gets the member values in their original order.</summary>
    public IEnumerable<JsonElement> Values => members.Select(m => m.Value.ToElement());

    /// <summary>Gets the value of the member called <paramref name="key"/>.</summary>
    /// <param name="key">The member name, case-sensitive.</param>
    /// <exception cref="KeyNotFoundException">There is no such member.</exception>
    public JsonElement this[string key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"There is no extension member '{key}'.");

    /// <summary>
    /// Creates an instance from name/value pairs, in the given order. Each value is kept as its text, so it
    /// outlives the <see cref="JsonDocument"/> it came from.
    /// </summary>
    /// <param name="members">The members; names must be distinct.</param>
    /// <returns>The members, or <see cref="Empty"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null or appears twice, or a value is <c>default(JsonElement)</c>.</exception>
    public static ExtensionMembers From(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var copy = members.Select(m => new KeyValuePair<string, JsonValueText>(
            m.Key ?? throw new ArgumentException("An extension member has a null name.", nameof(members)),
            m.Value.ValueKind == JsonValueKind.Undefined
                ? throw new ArgumentException($"The extension member '{m.Key}' has no value (default(JsonElement)).", nameof(members))
                : JsonValueText.From(m.Value))).ToArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in copy)
        {
            Guard.Argument(names.Add(member.Key), nameof(members), $"The extension member '{member.Key}' appears twice; names must be distinct.");
        }

        return copy.Length == 0 ? Empty : new ExtensionMembers(copy);
    }

    /// <summary>Wraps pairs the JSON reader has already checked, without copying.</summary>
    internal static ExtensionMembers Own(KeyValuePair<string, JsonValueText>[] members) =>
        members.Length == 0 ? Empty : new ExtensionMembers(members);

    /// <summary>Gets the members as their text, in order, for writers: nothing is parsed.</summary>
    internal ReadOnlySpan<KeyValuePair<string, JsonValueText>> Texts => members;

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out JsonElement value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? members[index].Value.ToElement() : default;
        return index >= 0;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() =>
        members.Select(m => new KeyValuePair<string, JsonElement>(m.Key, m.Value.ToElement())).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ExtensionMembers? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.members.Length != members.Length)
        {
            return false;
        }

        foreach (var member in members)
        {
            var index = other.IndexOf(member.Key);
            if (index < 0 || !JsonValueText.Equal(member.Value, other.members[index].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExtensionMembers);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-insensitive and consistent with DeepEquals: only the names take part.
        var hash = members.Length;
        foreach (var member in members)
        {
            hash ^= StringComparer.Ordinal.GetHashCode(member.Key);
        }

        return hash;
    }

    /// <summary>Lists the member names, for debugging.</summary>
    /// <returns>The names in braces.</returns>
    public override string ToString() => "{" + string.Join(", ", Keys) + "}";

    private int IndexOf(string key)
    {
        for (var i = 0; i < members.Length; i++)
        {
            if (string.Equals(members[i].Key, key, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
