using System.Globalization;
using System.Text.Json;
using NodaTime.Text;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// <see cref="Measure"/> → PerformanceIndicator. Targets and actuals go back into the MeasurementInstance and place
/// they were read from, beside the results kept as they were; new ones get a MeasurementInstance per period.
/// </summary>
internal static class IndicatorExporter
{
    private static readonly string[] Stages = ["Outcome", "Output_Processing", "Output", "Input_Processing", "Input"];
    private static readonly string[] Types = ["Quantitative", "Qualitative"];

    /// <summary>The most measurement instances written for one measure: a bound on what an edited document can ask for.</summary>
    private const int MaxInstances = 100_000;

    public static void Write(Measure measure, string path, ExportContext context)
    {
        var kept = KeptData.Of(measure.Extensions, path, context);
        var xml = context.Xml;
        xml.WriteStartElement("PerformanceIndicator", context.Namespace);
        WriteAttribute(kept, "ValueChainStage", Stages, context);
        WriteAttribute(kept, "PerformanceIndicatorType", Types, context);
        context.Element("SequenceIndicator", measure.Code);
        context.Element("MeasurementDimension", measure.Title);
        context.Element("UnitOfMeasurement", measure.Unit ?? string.Empty);
        context.Identifier(ExportContext.EntityIdentifier(measure.Id, kept), path + ".id");
        kept.Write("PerformanceIndicator", "Relationship", context);
        WriteInstances(measure, path, kept, context);
        kept.Write("PerformanceIndicator", "OtherInformation", context);
        xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }

    private static void WriteAttribute(KeptData kept, string name, string[] allowed, ExportContext context)
    {
        if (kept.Attribute(name) is not { } value)
        {
            return;
        }

        if (allowed.Contains(value))
        {
            context.Xml.WriteAttributeString(name, value);
        }
        else
        {
            context.Note(kept.Path + ".attributes." + name, $"'{value}' is not a {name} StratML allows ({string.Join(", ", allowed)}); left out.");
        }
    }

    private static void WriteInstances(Measure measure, string path, KeptData kept, ExportContext context)
    {
        var slots = new SortedDictionary<int, List<(bool Target, int Index, Action Write)>>();
        var fresh = new SortedDictionary<LocalDateKey, List<(bool Target, int Index, Action Write)>>();
        var count = kept.Int("instances") ?? 0;
        if (count > MaxInstances)
        {
            context.Note(kept.Path + ".instances", string.Create(CultureInfo.InvariantCulture, $"{count} measurement instances is more than the {MaxInstances:N0} a measure may have; the number was ignored."));
            count = 0;
        }

        void Place(int? instance, int? index, bool target, PeriodLabel? label, Action write)
        {
            if (instance is >= MaxInstances)
            {
                context.Note(kept.Path, string.Create(CultureInfo.InvariantCulture, $"A result names measurement instance {instance}, beyond the {MaxInstances:N0} a measure may have; it is written in an instance of its own."));
                instance = null;
            }

            if (instance is { } i)
            {
                count = Math.Max(count, i + 1);
                Slot(slots, i).Add((target, index ?? int.MaxValue, write));
            }
            else if (label is { } l)
            {
                Slot(fresh, new LocalDateKey(context.Calendar.StartOf(l), l.ToString())).Add((target, int.MaxValue, write));
            }
        }

        for (var i = 0; i < measure.Targets.Count; i++)
        {
            var target = measure.Targets[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}.targets[{i}]");
            if (LabelOf(target.Period, at, context) is { } label)
            {
                var data = KeptData.Of(target.Extensions, at, context);
                Place(data.Int("instance"), data.Int("index"), true, label, () => WriteResult("TargetResult", label, target.Value, null, data, context));
            }
        }

        for (var i = 0; i < measure.Actuals.Count; i++)
        {
            var actual = measure.Actuals[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{path}.actuals[{i}]");
            if (LabelOf(actual.Period, at, context) is { } label)
            {
                var data = KeptData.Of(actual.Extensions, at, context);
                Place(data.Int("instance"), data.Int("index"), false, label, () => WriteResult("ActualResult", label, actual.Value, actual.Note, data, context));
            }
        }

        PlaceKeptResults(kept, context, (instance, index, target, write) => Place(instance, index, target, null, write));
        for (var i = 0; i < count; i++)
        {
            WriteInstance(slots.GetValueOrDefault(i), context);
        }

        foreach (var results in fresh.Values)
        {
            WriteInstance(results, context);
        }
    }

    private static void PlaceKeptResults(KeptData kept, ExportContext context, Action<int?, int?, bool, Action> place)
    {
        if (kept.Member("results") is not { ValueKind: JsonValueKind.Array } results)
        {
            return;
        }

        var i = 0;
        foreach (var result in results.EnumerateArray())
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{kept.Path}.results[{i++}]");
            var element = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("element", out var e) ? e : default;
            var name = ElementJson.NameOf(element);
            var instance = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("instance", out var n) && n.ValueKind == JsonValueKind.Number && n.TryGetInt32(out var number) && number >= 0 ? number : (int?)null;
            if (name is not ("TargetResult" or "ActualResult") || instance is null)
            {
                context.Note(at, $"The kept {name ?? "result"} has no place in a MeasurementInstance of the 2016 schema; left out.");
                continue;
            }

            var index = result.TryGetProperty("index", out var x) && x.ValueKind == JsonValueKind.Number && x.TryGetInt32(out var position) ? position : int.MaxValue;
            place(instance, index, name == "TargetResult", () =>
            {
                var problem = context.WriteKept(element, null);
                if (problem is not null)
                {
                    context.Note(at, $"Left out: {problem}.");
                }
            });
        }
    }

    private static void WriteInstance(List<(bool Target, int Index, Action Write)>? results, ExportContext context)
    {
        context.Xml.WriteStartElement("MeasurementInstance", context.Namespace);
        foreach (var result in (results ?? []).OrderBy(r => r.Target ? 0 : 1).ThenBy(r => r.Index))
        {
            result.Write();
        }

        context.Xml.WriteEndElement();
    }

    private static void WriteResult(string name, PeriodLabel label, decimal value, string? description, KeptData data, ExportContext context)
    {
        var xml = context.Xml;
        xml.WriteStartElement(name, context.Namespace);
        context.Element("StartDate", LocalDatePattern.Iso.Format(context.Calendar.StartOf(label)));
        context.Element("EndDate", LocalDatePattern.Iso.Format(context.Calendar.EndOf(label)));
        context.Element("NumberOfUnits", value.ToString(CultureInfo.InvariantCulture));
        data.Write(name, "Descriptor", context);
        if (description is not null)
        {
            context.Element("Description", description);
        }
        else
        {
            data.Write(name, "Description", context);
        }

        xml.WriteEndElement();
        data.NoteLeftOut(context);
    }

    private static PeriodLabel? LabelOf(string period, string path, ExportContext context)
    {
        if (context.Calendar.TryParse(period, out var label, out var error))
        {
            return label;
        }

        context.Note(path + ".period", $"Left out: {error}");
        return null;
    }

    private static List<T> Slot<TKey, T>(SortedDictionary<TKey, List<T>> slots, TKey key)
        where TKey : notnull
    {
        if (!slots.TryGetValue(key, out var list))
        {
            slots[key] = list = [];
        }

        return list;
    }

    /// <summary>Orders new measurement instances by the start of their period, then by label.</summary>
    private readonly record struct LocalDateKey(NodaTime.LocalDate Start, string Label) : IComparable<LocalDateKey>
    {
        public int CompareTo(LocalDateKey other)
        {
            var byStart = Start.CompareTo(other.Start);
            return byStart != 0 ? byStart : string.CompareOrdinal(Label, other.Label);
        }
    }
}
