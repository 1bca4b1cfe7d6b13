using System.Runtime.CompilerServices;

namespace StrategicPlanning.Core;

/// <summary>
/// Argument checks for programmer mistakes (STYLE.md: one internal guard helper). Bad documents are
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
            throw new ArgumentOutOfRangeException(name, value, $"Value must be between {min} and {max}.");
        }
    }
}
