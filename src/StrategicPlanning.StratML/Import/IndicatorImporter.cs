using System.Text.Json;
using System.Xml.Linq;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// PerformanceIndicator → <see cref="Measure"/>: MeasurementDimension the title, UnitOfMeasurement the unit, and each
/// TargetResult or ActualResult whose dates make one period of the calendar and whose NumberOfUnits is a number a
/// target or an actual (MEA-1). Every other result is kept in the measure's <c>stratml</c> extension.
/// </summary>
internal static class IndicatorImporter
{
    public static Measure Import(XElement indicator, string mintBase, ImportContext context)
    {
        var extension = new ExtensionBuilder("PerformanceIndicator");
        XElement? sequence = null, dimension = null, unit = null, identifier = null;
        var instances = new List<XElement>();
        foreach (var child in indicator.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "SequenceIndicator": Elements.First(ref sequence, child, extension, context); break;
                case "MeasurementDimension": Elements.First(ref dimension, child, extension, context); break;
                case "UnitOfMeasurement": Elements.First(ref unit, child, extension, context); break;
                case "Identifier": Elements.First(ref identifier, child, extension, context); break;
                case "MeasurementInstance" when StratMLNames.IsStratML(child.Name.Namespace): instances.Add(child); break;
                default: Elements.Unmapped(child, extension, context, "Relationship", "OtherInformation"); break;
            }
        }

        var (id, kept) = context.EntityId(identifier, mintBase);
        extension.Identifier(kept);
        ReadAttributes(indicator, extension, context);
        var readings = Read(instances, context);
        var frequency = FrequencyOf(readings);
        var (targets, actuals) = Map(readings, frequency, context);
        extension.Member("instances", instances.Count);
        // In the order the writer puts them back (by instance, targets before actuals, by position), so they read back the same.
        var unmapped = readings.Where(r => r.Unmapped is not null).OrderBy(r => r.Instance).ThenBy(r => r.IsTarget ? 0 : 1).ThenBy(r => r.Index).ToList();
        // Each instance's position from the enumeration, not looked up: thousands of instances cost linear time.
        var others = instances.SelectMany((i, n) => i.Elements().Where(e => e.Name.LocalName is not ("TargetResult" or "ActualResult")).Select(e => (Instance: n, Element: e))).ToList();
        if (unmapped.Count > 0 || others.Count > 0)
        {
            var keptResults = unmapped.Select(r => r.Element).Concat(others.Where(o => o.Element.Name.LocalName != "Identifier").Select(o => o.Element)).ToList();
            extension.Results(keptResults, json => WriteKeptResults(json, unmapped, others, context));
        }

        return new Measure
        {
            Id = id,
            Code = Elements.Text(sequence)?.Trim(),
            Title = Elements.Text(dimension) ?? string.Empty,
            Unit = Elements.Text(unit),
            Polarity = Polarity.HigherIsBetter,
            Frequency = frequency,
            Targets = targets,
            Actuals = actuals,
            Extensions = extension.Build(context),
        };
    }

    private static void ReadAttributes(XElement indicator, ExtensionBuilder extension, ImportContext context)
    {
        var hasType = indicator.Attribute("PerformanceIndicatorType") is not null;
        foreach (var attribute in ElementJson.KeptAttributes(indicator))
        {
            if (attribute.Name == "IndicatorType" && !hasType && attribute.Value.Trim() is "Quantitative" or "Qualitative")
            {
                // The 2010 schema's name for PerformanceIndicatorType.
                extension.Attribute(new XAttribute("PerformanceIndicatorType", attribute.Value.Trim()));
                context.Note(attribute, $"The legacy attribute IndicatorType=\"{attribute.Value}\" was read as PerformanceIndicatorType.");
                continue;
            }

            extension.Attribute(attribute);
            Elements.Note(attribute, context, "ValueChainStage", "PerformanceIndicatorType");
        }
    }

    private static List<ResultReading> Read(List<XElement> instances, ImportContext context)
    {
        var readings = new List<ResultReading>();
        for (var i = 0; i < instances.Count; i++)
        {
            int targets = 0, actuals = 0;
            foreach (var result in instances[i].Elements())
            {
                if (result.Name.LocalName == "TargetResult")
                {
                    readings.Add(ResultReading.Read(result, i, targets++, context.Calendar));
                }
                else if (result.Name.LocalName == "ActualResult")
                {
                    readings.Add(ResultReading.Read(result, i, actuals++, context.Calendar));
                }
                else
                {
                    context.Note(result, $"{result.Name.LocalName} is not a StratML element of MeasurementInstance in the 2016 schema; kept in the plan document, but not written back to StratML.");
                }
            }
        }

        return readings;
    }

    /// <summary>
    /// The frequency is the kind of period most actuals name (MEA-1: actuals name a period of the measure's own
    /// frequency), else the kind most targets other than whole years name; annual when there is nothing to go on.
    /// </summary>
    private static MeasureFrequency FrequencyOf(List<ResultReading> readings)
    {
        var actual = Commonest(readings.Where(r => !r.IsTarget && r.Unmapped is null));
        var kind = actual ?? Commonest(readings.Where(r => r.IsTarget && r.Unmapped is null && r.Label.Kind != PeriodKind.FinancialYear));
        return kind switch
        {
            PeriodKind.Month => MeasureFrequency.Monthly,
            PeriodKind.Quarter => MeasureFrequency.Quarterly,
            _ => MeasureFrequency.Annual,
        };
    }

    private static PeriodKind? Commonest(IEnumerable<ResultReading> readings) =>
        readings.GroupBy(r => r.Label.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (PeriodKind?)g.Key).FirstOrDefault();

    private static (List<MeasureTarget> Targets, List<MeasureActual> Actuals) Map(List<ResultReading> readings, MeasureFrequency frequency, ImportContext context)
    {
        var own = frequency switch
        {
            MeasureFrequency.Monthly => PeriodKind.Month,
            MeasureFrequency.Quarterly => PeriodKind.Quarter,
            _ => PeriodKind.FinancialYear,
        };
        var targets = new List<MeasureTarget>();
        var actuals = new List<MeasureActual>();
        var targetPeriods = new HashSet<PeriodLabel>();
        var actualPeriods = new HashSet<PeriodLabel>();
        foreach (var reading in readings)
        {
            if (reading.Unmapped is null)
            {
                var kindFits = reading.Label.Kind == own || (reading.IsTarget && reading.Label.Kind == PeriodKind.FinancialYear);
                var first = reading.IsTarget ? targetPeriods.Add(reading.Label) : actualPeriods.Add(reading.Label);
                reading.Unmapped = !kindFits
                    ? $"it names the period {reading.Label}, not one of the measure's {frequency.ToString().ToLowerInvariant()} periods (MEA-1)"
                    : !first ? $"an earlier {(reading.IsTarget ? "target" : "actual")} names the same period {reading.Label} (MEA-1)" : null;
            }

            if (reading.Unmapped is not null)
            {
                context.Note(reading.Element, reading.IsTarget ? "Kept as it is, not read as a target: " : "Kept as it is, not read as an actual: ", reading.Unmapped, ".");
                continue;
            }

            if (reading.IsTarget)
            {
                targets.Add(new MeasureTarget { Period = context.TextOf(reading.Label), Value = reading.Value, Extensions = ResultExtension(reading, keepDescription: true, context) });
            }
            else
            {
                actuals.Add(new MeasureActual { Period = context.TextOf(reading.Label), Value = reading.Value, Note = Elements.Text(reading.Description), Extensions = ResultExtension(reading, keepDescription: false, context) });
            }
        }

        return (targets, actuals);
    }

    private static Core.ExtensionMembers ResultExtension(ResultReading reading, bool keepDescription, ImportContext context) =>
        reading.Descriptor is null && (!keepDescription || reading.Description is null)
            ? context.PlaceOf(reading.Instance, reading.Index, () => BuildResultExtension(reading, keepDescription, context))
            : BuildResultExtension(reading, keepDescription, context);

    private static Core.ExtensionMembers BuildResultExtension(ResultReading reading, bool keepDescription, ImportContext context)
    {
        var extension = new ExtensionBuilder(reading.Element.Name.LocalName);
        extension.Member("instance", reading.Instance);
        extension.Member("index", reading.Index);
        if (reading.Descriptor is not null)
        {
            extension.Keep(reading.Descriptor);
        }

        if (keepDescription && reading.Description is not null)
        {
            extension.Keep(reading.Description);
        }

        return extension.Build(context);
    }

    private static void WriteKeptResults(Utf8JsonWriter json, List<ResultReading> unmapped, List<(int Instance, XElement Element)> others, ImportContext context)
    {
        json.WriteStartArray("results");
        foreach (var reading in unmapped)
        {
            json.WriteStartObject();
            json.WriteNumber("instance", reading.Instance);
            json.WriteNumber("index", reading.Index);
            json.WritePropertyName("element");
            ElementJson.Write(json, reading.Element, context);
            json.WriteEndObject();
        }

        foreach (var (instance, element) in others.Where(o => o.Element.Name.LocalName != "Identifier"))
        {
            json.WriteStartObject();
            json.WriteNumber("instance", instance);
            json.WritePropertyName("element");
            ElementJson.Write(json, element, context);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
