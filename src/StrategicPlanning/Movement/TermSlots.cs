using System.Runtime.InteropServices;
using StrategicPlanning.Aggregation;

namespace StrategicPlanning.Movement;

/// <summary>
/// Every term of the two scorecards compared (each leaf, and each node that can count as zero, AGG-8) numbered once,
/// so that the attribution of each node works on arrays indexed by these numbers rather than building hash tables of
/// its own. Ids are hashed only when the later scorecard has a term where the earlier one has another
/// (<see cref="CardLayout"/>); comparing a document with itself at two dates hashes none.
/// </summary>
internal sealed class TermSlots
{
    private TermKey[] keys;
    private int count;
    private Dictionary<TermKey, int>? slots;

    public TermSlots(int capacity) => keys = new TermKey[Math.Max(capacity, 16)];

    /// <summary>Gets how many terms have a number.</summary>
    public int Count => count;

    /// <summary>Gets the terms by their number.</summary>
    public ReadOnlySpan<TermKey> Keys => keys.AsSpan(0, count);

    /// <summary>Gets the terms by their number, in an array that may be longer than <see cref="Count"/>; it is not copied.</summary>
    public TermKey[] Array => keys;

    /// <summary>Numbers a term known to have none yet: a node, or a leaf met for the first time in the first scorecard laid out (ids are unique in a document, VAL-2).</summary>
    public int Add(NodeKind kind, string id)
    {
        var key = new TermKey(kind, id);
        slots?.TryAdd(key, count);
        return Append(key);
    }

    /// <summary>The number of a term, given the next free one when it has none yet; the first call hashes every term numbered so far.</summary>
    public int Of(NodeKind kind, string id)
    {
        if (slots is null)
        {
            slots = new Dictionary<TermKey, int>(keys.Length);
            for (var i = 0; i < count; i++)
            {
                slots.Add(keys[i], i);
            }
        }

        var key = new TermKey(kind, id);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slots, key, out var known);
        if (!known)
        {
            slot = Append(key);
        }

        return slot;
    }

    /// <summary>Whether term <paramref name="slot"/> is this kind and id: a comparison of the id's reference first, as both scorecards of one document share them.</summary>
    public bool Is(int slot, NodeKind kind, string id)
    {
        var key = keys[slot];
        return key.Kind == kind && (ReferenceEquals(key.Id, id) || string.Equals(key.Id, id, StringComparison.Ordinal));
    }

    private int Append(TermKey key)
    {
        if (count == keys.Length)
        {
            System.Array.Resize(ref keys, keys.Length * 2);
        }

        keys[count] = key;
        return count++;
    }

    /// <summary>
    /// Each term's place in the order of kind, then id (ordinal): a contribution's order among those of the same size,
    /// worked out once so that ordering a node's contributions compares numbers, not strings scattered in memory.
    /// </summary>
    /// <remarks>
    /// The ids are ordered by the first eight characters after the prefix every id shares, packed into two numbers
    /// (a missing character as 0, which no character sorts below), and by the whole id only when those are equal: the
    /// same order as <see cref="string.CompareOrdinal(string, string)"/>.
    /// </remarks>
    public int[] Ranks()
    {
        var all = Keys;
        var common = all.IsEmpty ? 0 : all[0].Id.Length;
        foreach (var key in all)
        {
            common = key.Id.AsSpan().CommonPrefixLength(all[0].Id.AsSpan(0, common));
        }

        var order = new Packed[all.Length];
        for (var slot = 0; slot < order.Length; slot++)
        {
            var id = all[slot].Id;
            var rest = id.AsSpan(common);
            order[slot] = new Packed(Pack(rest, 0), Pack(rest, 4), (int)all[slot].Kind, slot);
        }

        System.Array.Sort(order, new PackedOrder(keys));
        var ranks = new int[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            ranks[order[rank].Slot] = rank;
        }

        return ranks;
    }

    /// <summary>Four characters of <paramref name="id"/> from <paramref name="from"/>, 16 bits each, the first highest.</summary>
    private static ulong Pack(ReadOnlySpan<char> id, int from)
    {
        var packed = 0UL;
        for (var i = from; i < from + 4; i++)
        {
            packed = (packed << 16) | (i < id.Length ? id[i] : 0UL);
        }

        return packed;
    }

    /// <summary>
    /// The start of a term's id packed into numbers, its kind and its number: 24 bytes, not 40 with the id, since at a
    /// million terms each byte is a megabyte the sort first touches. The id is looked up by number on a tie.
    /// </summary>
    private readonly record struct Packed(ulong High, ulong Low, int Kind, int Slot);

    /// <summary>Orders <see cref="Packed"/> terms by kind, then id: the packed start first, the whole id only when those are equal.</summary>
    private sealed class PackedOrder(TermKey[] keys) : IComparer<Packed>
    {
        public int Compare(Packed x, Packed y) =>
            x.Kind != y.Kind ? x.Kind.CompareTo(y.Kind)
            : x.High != y.High ? x.High.CompareTo(y.High)
            : x.Low != y.Low ? x.Low.CompareTo(y.Low)
            : string.CompareOrdinal(keys[x.Slot].Id, keys[y.Slot].Id);
    }
}
