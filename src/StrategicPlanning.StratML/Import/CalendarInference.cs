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

    /// <summary>
    /// The results the importer reads, and only those (a result elsewhere — kept whole inside another element, or in a
    /// second StrategicPlanCore — does not come back from an export, so it must not set the calendar either):
    /// TargetResult and ActualResult of a MeasurementInstance of a PerformanceIndicator of an Objective of a Goal of the
    /// root's first StrategicPlanCore, each step in the StratML namespace as the importer reads it.
    /// </summary>
    public static IEnumerable<XElement> Results(XElement root)
    {
        var core = StratML(root, "StrategicPlanCore").FirstOrDefault();
        if (core is null)
        {
            yield break;
        }

        foreach (var goal in StratML(core, "Goal"))
        {
            foreach (var objective in StratML(goal, "Objective"))
            {
                foreach (var indicator in StratML(objective, "PerformanceIndicator"))
                {
                    foreach (var instance in StratML(indicator, "MeasurementInstance"))
                    {
                        foreach (var result in instance.Elements())
                        {
                            if (result.Name.LocalName is "TargetResult" or "ActualResult")
                            {
                                yield return result;
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>Counts the votes of the results the importer reads (<see cref="Results"/>).</summary>
    private static void Vote(XElement root, int[] votes)
    {
        foreach (var result in Results(root))
        {
            var start = DateOf(result, "StartDate");
            var end = DateOf(result, "EndDate");
            if (start is { Day: 1, Year: >= 1000 and <= 9990 } s && end is { } e && e == s.PlusYears(1).PlusDays(-1))
            {
                votes[s.Month]++;
            }
        }
    }

    private static IEnumerable<XElement> StratML(XElement parent, string localName)
    {
        foreach (var child in parent.Elements())
        {
            if (child.Name.LocalName == localName && StratMLNames.IsStratML(child.Name.Namespace))
            {
                yield return child;
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
