namespace StrategicPlanning.Tests.Support;

/// <summary>
/// Counts how often a property's conditional check really ran, across CsCheck's parallel samples, so that a property
/// whose condition never held (every score null, no node that moved) fails instead of passing having checked nothing.
/// </summary>
internal sealed class Exercised
{
    private int count;

    /// <summary>The number of checks counted so far.</summary>
    public int Count => count;

    /// <summary>Counts one check when <paramref name="counts"/> is true.</summary>
    public void Once(bool counts = true)
    {
        if (counts)
        {
            Interlocked.Increment(ref count);
        }
    }

    /// <summary>Asserts that at least <paramref name="minimum"/> checks ran.</summary>
    public void AtLeast(int minimum, string what) =>
        count.Should().BeGreaterThanOrEqualTo(minimum, "the property must really check {0} (its condition held too rarely)", what);
}
