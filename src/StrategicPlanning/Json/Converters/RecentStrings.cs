using System.Text;

namespace StrategicPlanning.Json;

/// <summary>
/// A small per-thread cache of short ASCII strings read recently. Plans repeat a few values thousands of times
/// (period labels such as "2024/25 Q1", years, units, owners, line ids); reading each into one shared string
/// instead of a new one per occurrence saves a large part of what reading allocates. Direct-mapped and
/// lossy: a miss costs one hash and the string that would have been made anyway.
/// </summary>
internal static class RecentStrings
{
    /// <summary>The longest value cached, in bytes.</summary>
    public const int MaxLength = 32;

    private const int Slots = 4096;

    [ThreadStatic]
    private static string?[]? slots;

    /// <summary>Gets the string for pure-ASCII UTF-8 bytes, cached; null for anything else (read it the usual way).</summary>
    public static string? Get(ReadOnlySpan<byte> utf8)
    {
        if (!Ascii.IsValid(utf8))
        {
            return null;
        }

        var table = slots ??= new string?[Slots];
        var hash = new HashCode();
        hash.AddBytes(utf8);
        ref var slot = ref table[(uint)hash.ToHashCode() % Slots];
        if (slot is { } cached && Ascii.Equals(utf8, cached))
        {
            return cached;
        }

        return slot = Encoding.ASCII.GetString(utf8);
    }
}
