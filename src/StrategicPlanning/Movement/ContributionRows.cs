using System.Collections;
using StrategicPlanning.Core;

namespace StrategicPlanning.Movement;

/// <summary>
/// A node's contributions (<see cref="NodeMovement.Contributions"/>), kept as rows and made into records as they are
/// read, with the comparison's terms and leaves (<see cref="ContributionRow"/>): each read of an item makes a new
/// <see cref="Contribution"/>, equal to the one made before. Equal to another such list when their contributions are
/// equal, in order, as <see cref="ValueList{T}"/> is. Immutable.
/// </summary>
internal sealed class ContributionRows : IReadOnlyList<Contribution>, IEquatable<ContributionRows>
{
    private readonly ArraySegment<ContributionRow> rows;
    private readonly TermKey[] keys;
    private readonly CardLayout.LeafFacts[] thenLeaves, nowLeaves;

    public ContributionRows(ArraySegment<ContributionRow> rows, TermKey[] keys, CardLayout.LeafFacts[] thenLeaves, CardLayout.LeafFacts[] nowLeaves)
    {
        this.rows = rows;
        this.keys = keys;
        this.thenLeaves = thenLeaves;
        this.nowLeaves = nowLeaves;
    }

    public int Count => rows.Count;

    public Contribution this[int index] => rows[index].ToContribution(keys, thenLeaves, nowLeaves);

    public IEnumerator<Contribution> GetEnumerator()
    {
        foreach (var row in rows)
        {
            yield return row.ToContribution(keys, thenLeaves, nowLeaves);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Equal when the contributions are: rows of one comparison are compared as they stand, others as records.</summary>
    public bool Equals(ContributionRows? other) =>
        ReferenceEquals(this, other) || (other is not null && (SameComparison(other)
            ? rows.AsSpan().SequenceEqual(other.rows.AsSpan())
            : this.SequenceEqual(other)));

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

    private bool SameComparison(ContributionRows other) =>
        ReferenceEquals(keys, other.keys) && ReferenceEquals(thenLeaves, other.thenLeaves) && ReferenceEquals(nowLeaves, other.nowLeaves);
}
