using System.Collections;
using StrategicPlanning.Core;

namespace StrategicPlanning.Movement;

/// <summary>
/// A node's contributions (<see cref="NodeMovement.Contributions"/>), kept as rows and made into records as they are
/// read, with the comparison's terms and leaves and the node's middle score (<see cref="ContributionRow"/>): each read
/// of an item makes a new <see cref="Contribution"/>, equal to the one made before. Equal to another such list when
/// their contributions are equal, in order, as <see cref="ValueList{T}"/> is. Immutable.
/// </summary>
internal sealed class ContributionRows : IReadOnlyList<Contribution>, IEquatable<ContributionRows>
{
    private readonly ArraySegment<ContributionRow> rows;
    private readonly ComparedLeaves leaves;
    private readonly decimal middle;
    private readonly Remainder? remainder;

    /// <param name="rows">The rows, in order.</param>
    /// <param name="leaves">The comparison's terms and leaves.</param>
    /// <param name="middle">The mean of the node's two scores, which the parts of every row are worked out with.</param>
    /// <param name="remainder">The row whose parts are not the formula's, as <see cref="Attribution"/> placed the remainder; null when none.</param>
    public ContributionRows(ArraySegment<ContributionRow> rows, ComparedLeaves leaves, decimal middle, Remainder? remainder)
    {
        this.rows = rows;
        this.leaves = leaves;
        this.middle = middle;
        this.remainder = remainder;
    }

    public int Count => rows.Count;

    public Contribution this[int index] => Read(index);

    public IEnumerator<Contribution> GetEnumerator()
    {
        for (var i = 0; i < rows.Count; i++)
        {
            yield return Read(i);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equal when the contributions are: rows of one comparison and node scores are compared as they stand, others as records.</summary>
    public bool Equals(ContributionRows? other) =>
        ReferenceEquals(this, other) || (other is not null && (Same(other) || this.SequenceEqual(other)));

    public override bool Equals(object? obj) => Equals(obj as ContributionRows);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(rows.Count);
        foreach (var contribution in this)
        {
            hash.Add(contribution);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", this) + "]";

    private Contribution Read(int index) =>
        rows[index].ToContribution(leaves, middle, remainder is { } r && r.At == index ? (r.FromScore, r.FromMix) : null);

    /// <summary>Whether the two are made of the same rows of one comparison, with the same middle score to the digit and the same remainder.</summary>
    private bool Same(ContributionRows other) =>
        ReferenceEquals(leaves, other.leaves) && middle == other.middle && middle.Scale == other.middle.Scale
        && remainder == other.remainder && rows.AsSpan().SequenceEqual(other.rows.AsSpan());

    /// <summary>The row that holds the remainder (<see cref="Attribution"/>), with its parts.</summary>
    internal readonly record struct Remainder(int At, decimal FromScore, decimal FromMix);
}
