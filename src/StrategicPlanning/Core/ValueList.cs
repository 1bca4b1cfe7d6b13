namespace StrategicPlanning.Core;

/// <summary>Creates <see cref="ValueList{T}"/> instances.</summary>
public static class ValueList
{
    /// <summary>Creates a list holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? ValueList<T>.Empty : new ValueList<T>(items.ToArray());

    /// <summary>
    /// Returns <paramref name="items"/> itself when it already is a <see cref="ValueList{T}"/>,
    /// otherwise a new list holding a copy of it.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items, in order.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static ValueList<T> From<T>(IEnumerable<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items switch
        {
            ValueList<T> list => list,
            T[] array => Create<T>(array),
            List<T> list => Create<T>(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)),
            _ => Create<T>(items.ToArray()),
        };
    }

    /// <summary>Wraps an array the caller promises never to change again, without copying.</summary>
    internal static ValueList<T> Own<T>(T[] items) => items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);
}
