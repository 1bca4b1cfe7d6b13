using System.Collections;
using StrategicPlanning.Core;

namespace StrategicPlanning.Movement;

/// <summary>
/// A node's contributions (<see cref="NodeMovement.Contributions"/>), kept as rows and made into records as they are
/// read: each read of an item makes a new <see cref="Contribution"/>, equal to the one made before. Equal to another
/// such list when their contributions are equal, in order, as <see cref="ValueList{T}"/> is. Immutable.
/// </summary>
internal sealed class ContributionRows : IReadOnlyList<Contribution>, IEquatable<ContributionRows>
{
    private readonly ArraySegment<ContributionRow> rows;

    public ContributionRows(ArraySegment<ContributionRow> rows) => this.rows = rows;

    public int Count => rows.Count;

    public Contribution this[int index] => rows[index].ToContribution();

    public IEnumerator<Contribution> GetEnumerator()
    {
        foreach (var row in rows)
        {
            yield return row.ToContribution();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(ContributionRows? other) =>
        ReferenceEquals(this, other) || (other is not null && rows.AsSpan().SequenceEqual(other.rows.AsSpan()));

    public override bool Equals(object? obj) => Equals(obj as ContributionRows);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(rows.Count);
        foreach (var row in rows)
        {
            hash.Add(row);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", this) + "]";
}
