using System.Collections;
using System.Globalization;

namespace StrategicPlanning.Aggregation;

/// <summary>An outcome's leaves as a view over the scorecard's one leaf array: one small object per outcome, none per leaf.</summary>
internal sealed class LeafSlice(LeafResult[] leaves, int[] indexes, int start, int count) : IReadOnlyList<LeafResult>
{
    public int Count => count;

    public LeafResult this[int index] =>
        (uint)index < (uint)count ? leaves[indexes[start + index]] : throw new ArgumentOutOfRangeException(nameof(index), index, string.Create(CultureInfo.InvariantCulture, $"The outcome has {count} leaves."));

    public IEnumerator<LeafResult> GetEnumerator()
    {
        for (var i = 0; i < count; i++)
        {
            yield return leaves[indexes[start + i]];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The positions of this outcome's leaves in the scorecard's leaf array.</summary>
    public ReadOnlySpan<int> Indexes => indexes.AsSpan(start, count);
}
