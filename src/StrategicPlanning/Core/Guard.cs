using System.Globalization;
using System.Runtime.CompilerServices;

namespace StrategicPlanning.Core;

/// <summary>
/// Argument checks for programmer mistakes (the one internal guard helper). Bad documents are
/// never reported through these: they are validation issues or read errors.
/// </summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value;
    }

    /// <summary>Copies items into a <see cref="ValueList{T}"/>, refusing a null list or a null item: the model never holds nulls in lists.</summary>
    public static ValueList<T> Items<T>(IEnumerable<T> items, [CallerArgumentExpression(nameof(items))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        var list = ValueList.From(items);
        if (default(T) is null)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is null)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The list holds null at index {i}; model lists hold no nulls."), name);
                }
            }
        }

        return list;
    }

    /// <summary>Refuses an enum value that names no member, e.g. <c>(Polarity)99</c>.</summary>
    public static T Defined<T>(T value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(name, value, $"{value} is not a {typeof(T).Name}.");

    /// <summary>Refuses an enum value that names no member; null is allowed.</summary>
    public static T? Defined<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum =>
        value is { } v ? Defined(v, name) : null;

    /// <summary>Refuses a list holding an enum value that names no member.</summary>
    public static ValueList<T> DefinedItems<T>(IEnumerable<T> items, [CallerArgumentExpression(nameof(items))] string? name = null)
        where T : struct, Enum
    {
        var list = Items(items, name);
        foreach (var item in list)
        {
            Defined(item, name);
        }

        return list;
    }

    public static void Argument(bool condition, string name, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, name);
        }
    }

    public static void InRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"Value must be between {min} and {max}."));
        }
    }
}
