namespace StrategicPlanning.Calendar;

/// <summary>
/// The last few label strings parsed on this thread, by reference. A plan spells the same few labels hundreds of
/// thousands of times, and reading shares one string per spelling (or code uses literals), so asking "is this the
/// very string parsed a moment ago?" answers most parses with a few reference comparisons.
/// </summary>
internal static class RecentLabels
{
    private const int Slots = 16;

    [ThreadStatic]
    private static Entry[]? entries;

    [ThreadStatic]
    private static int next;

    public static bool TryGet(string text, out PeriodLabel label)
    {
        if (entries is { } table)
        {
            foreach (var entry in table)
            {
                if (ReferenceEquals(entry.Text, text))
                {
                    label = entry.Label;
                    return true;
                }
            }
        }

        label = default;
        return false;
    }

    public static void Remember(string text, PeriodLabel label)
    {
        var table = entries ??= new Entry[Slots];
        table[next] = new Entry(text, label);
        next = (next + 1) % Slots;
    }

    private readonly record struct Entry(string? Text, PeriodLabel Label);
}
