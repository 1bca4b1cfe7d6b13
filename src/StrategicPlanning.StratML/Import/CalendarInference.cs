using System.Xml.Linq;
using NodaTime;

namespace StrategicPlanning.StratML;

/// <summary>
/// The month the reporting year starts in, read from the results that span exactly twelve months from the 1st of a
/// month (CAL-1): the start month most of them share, the earliest month on a tie; null when no result does.
/// </summary>
internal static class CalendarInference
{
    public static (int Month, int Votes)? Infer(XElement root)
    {
        var votes = new int[13];
        Vote(root, votes);

        var best = 0;
        for (var month = 1; month <= 12; month++)
        {
            if (votes[month] > votes[best])
            {
                best = month;
            }
        }

        return best == 0 ? null : (best, votes[best]);
    }

    /// <summary>The results the importer reads: those of a MeasurementInstance of a PerformanceIndicator.</summary>
    public static IEnumerable<XElement> Results(XElement root) =>
        root.Descendants().Where(e => e.Name.LocalName is "TargetResult" or "ActualResult"
            && e.Parent is { Name.LocalName: "MeasurementInstance", Parent.Name.LocalName: "PerformanceIndicator" });

    /// <summary>Counts the votes of the results below <paramref name="element"/> (those <see cref="Results"/> gives), element by element.</summary>
    private static void Vote(XElement element, int[] votes)
    {
        foreach (var child in element.Elements())
        {
            if (child.Name.LocalName is "TargetResult" or "ActualResult"
                && element.Name.LocalName == "MeasurementInstance" && element.Parent?.Name.LocalName == "PerformanceIndicator")
            {
                var start = DateOf(child, "StartDate");
                var end = DateOf(child, "EndDate");
                if (start is { Day: 1, Year: >= 1000 and <= 9990 } s && end is { } e && e == s.PlusYears(1).PlusDays(-1))
                {
                    votes[s.Month]++;
                }
            }

            if (child.HasElements)
            {
                Vote(child, votes);
            }
        }
    }

    private static LocalDate? DateOf(XElement result, string name)
    {
        string? text = null;
        foreach (var child in result.Elements())
        {
            if (child.Name.LocalName == name)
            {
                text = child.Value.Trim();
                break;
            }
        }

        return string.IsNullOrEmpty(text) ? null : IsoDates.Parse(text);
    }
}
