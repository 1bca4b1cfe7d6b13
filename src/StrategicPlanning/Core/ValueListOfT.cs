using System.Collections;
using System.Runtime.CompilerServices;

namespace StrategicPlanning.Core;

/// <summary>
/// An immutable list with value equality: two lists are equal when they hold equal items in the
/// same order. Every list in the model is one of these, so records that hold lists compare by
/// content (a document read twice is equal to itself).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <remarks>
/// Instances are immutable and therefore thread-safe. Build one with <see cref="ValueList.From{T}"/>
/// or a collection expression; model properties typed <see cref="IReadOnlyList{T}"/> convert whatever
/// they are given into a <see cref="ValueList{T}"/>.
/// </remarks>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    internal ValueList(T[] items) => this.items = items;

    /// <summary>Gets the empty list.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000", Justification = "The shared empty instance, as ImmutableArray<T>.Empty.")]
    public static ValueList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => items.Length;

    /// <inheritdoc />
    public T this[int index] => items[index];

    /// <summary>Returns the items as a read-only span, for loops that must not allocate.</summary>
    /// <returns>A span over the items.</returns>
    public ReadOnlySpan<T> AsSpan() => items;

    /// <summary>Returns an enumerator that does not allocate.</summary>
    /// <returns>The enumerator.</returns>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.items.Length != items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < items.Length; i++)
        {
            if (!comparer.Equals(items[i], other.items[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the items, for debugging.</summary>
    /// <returns>The items in square brackets.</returns>
    public override string ToString() => "[" + string.Join(", ", items) + "]";
}
