using System.Globalization;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Applies the entries to the document: a value for a period or date with none is added (kept in period or date
/// order); the same value again is unchanged; a different value is a conflict, an error, unless the options say
/// replace, when it is changed and the log keeps the old value. Two returns (or rows) giving different values for the
/// same period are an error either way. A blank commentary keeps the note or commentary the plan had.
/// </summary>
internal sealed class ReturnMerger(PlanDocument document, ReturnImportOptions options, ReturnEntries entries)
{
    private readonly List<ReturnChange> changes = [];

    public IReadOnlyList<ReturnChange> Changes => changes;

    public PlanDocument Merge()
    {
        var measures = Group(entries.Measures, e => Actual(e.Value, e.Note));
        var actions = Group(entries.Actions, e => Update(e.Status, e.PercentComplete, e.Commentary));
        var risks = Group(entries.Risks, e => Assessment(e.Likelihood, e.Impact, e.Commentary));
        var calendar = document.Calendar;

        Measure MergeMeasure(Measure measure, List<MeasureEntry> given) => measure with
        {
            Actuals = Into(
                measure.Actuals,
                given,
                ReturnItemKind.MeasureActual,
                (a, e) => calendar.TryParse(a.Period, out var p, out _) ? p.CompareTo(e.Period) : string.CompareOrdinal(a.Period, e.When),
                e => new MeasureActual { Period = e.When, Value = e.Value, Note = e.Note },
                (a, e) => a with { Value = e.Value, Note = e.Note ?? a.Note },
                a => Actual(a.Value, a.Note)),
        };

        DeliveryAction MergeAction(DeliveryAction action, List<ActionEntry> given) => action with
        {
            Updates = Into(
                action.Updates,
                given,
                ReturnItemKind.ActionUpdate,
                (u, e) => u.AsOf.CompareTo(e.Date),
                e => new ActionUpdate { AsOf = e.Date, Status = e.Status, PercentComplete = e.PercentComplete, Commentary = e.Commentary },
                (u, e) => u with { Status = e.Status, PercentComplete = e.PercentComplete, Commentary = e.Commentary ?? u.Commentary },
                u => Update(u.Status, u.PercentComplete, u.Commentary)),
        };

        Risk MergeRisk(Risk risk, List<RiskEntry> given) => risk with
        {
            Assessments = Into(
                risk.Assessments,
                given,
                ReturnItemKind.RiskAssessment,
                (a, e) => a.AsOf.CompareTo(e.Date),
                e => new RiskAssessment { AsOf = e.Date, Likelihood = e.Likelihood, Impact = e.Impact, Commentary = e.Commentary },
                (a, e) => a with { Likelihood = e.Likelihood, Impact = e.Impact, Commentary = e.Commentary ?? a.Commentary },
                a => Assessment(a.Likelihood, a.Impact, a.Commentary)),
        };

        var plan = document.Plan with
        {
            Themes = ValueList.From(document.Plan.Themes.Select(theme => theme with
            {
                Outcomes = ValueList.From(theme.Outcomes.Select(outcome => outcome with
                {
                    Measures = ValueList.From(outcome.Measures.Select(measure => measures.TryGetValue(measure.Id, out var given) ? MergeMeasure(measure, given) : measure)),
                })),
            })),
        };
        var deliveryPlans = ValueList.From(document.DeliveryPlans.Select(deliveryPlan => deliveryPlan with
        {
            Actions = ValueList.From(deliveryPlan.Actions.Select(action => actions.TryGetValue(action.Id, out var given) ? MergeAction(action, given) : action)),
        }));
        var register = document.RiskRegister is { } r
            ? r with { Risks = ValueList.From(r.Risks.Select(risk => risks.TryGetValue(risk.Id, out var given) ? MergeRisk(risk, given) : risk)) }
            : null;

        // The document's order is not the returns': put the log back in the order the returns gave the values.
        var order = entries.Measures.Cast<IReturnEntry>().Concat(entries.Actions).Concat(entries.Risks)
            .Select((entry, i) => (Key: (entry.Source, entry.Place), i)).GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().i);
        changes.Sort((a, b) => order.GetValueOrDefault((a.Source, a.Place)).CompareTo(order.GetValueOrDefault((b.Source, b.Place))));
        return document with { Plan = plan, DeliveryPlans = deliveryPlans, RiskRegister = register };
    }

    /// <summary>
    /// Merges entries into one item's dated list (actuals, updates, assessments): <paramref name="compare"/> orders an
    /// existing value against an entry (0: the same period or date), <paramref name="create"/> makes a new value and
    /// <paramref name="merge"/> an existing one with the entry's, <paramref name="text"/> writes a value for the log.
    /// </summary>
    private ValueList<T> Into<T, TEntry>(IReadOnlyList<T> existing, List<TEntry> given, ReturnItemKind item, Func<T, TEntry, int> compare, Func<TEntry, T> create, Func<T, TEntry, T> merge, Func<T, string> text)
        where TEntry : IReturnEntry
    {
        var list = existing.ToList();
        foreach (var entry in given)
        {
            var index = list.FindIndex(value => compare(value, entry) == 0);
            if (index < 0)
            {
                var added = create(entry);
                list.Insert(list.FindLastIndex(value => compare(value, entry) < 0) + 1, added);
                Log(ReturnChangeKind.Added, item, entry, null, text(added));
                continue;
            }

            var old = list[index];
            var merged = merge(old, entry);
            if (Equals(old, merged))
            {
                Log(ReturnChangeKind.Unchanged, item, entry, text(old), text(merged));
            }
            else if (options.Replace)
            {
                list[index] = merged;
                Log(ReturnChangeKind.Changed, item, entry, text(old), text(merged));
            }
            else
            {
                entries.Error(entry.Source, entry.Place, $"{entry.Id} already has {text(old)} for {entry.When}; the return gives {text(merged)}. Import with replace (splan import --replace) to replace it, or clear the row.");
            }
        }

        return ValueList.From(list);
    }

    private void Log(ReturnChangeKind kind, ReturnItemKind item, IReturnEntry entry, string? old, string value) =>
        changes.Add(new ReturnChange(kind, item, entry.Id, entry.When, old, value, entry.Source, entry.Place));

    /// <summary>
    /// Groups entries by id, dropping a repeat of the same value and reporting a repeat with another value (from two
    /// returns, or two rows of one) as an error: which one is right is for a person to say.
    /// </summary>
    private Dictionary<string, List<T>> Group<T>(List<T> list, Func<T, string> text)
        where T : IReturnEntry
    {
        var seen = new Dictionary<(string, string), T>();
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var entry in list)
        {
            if (seen.TryGetValue((entry.Id, entry.When), out var first))
            {
                if (text(first) != text(entry))
                {
                    entries.Error(entry.Source, entry.Place, $"{entry.Id} for {entry.When} is given twice: {text(entry)} here, {text(first)} in {first.Source} at {first.Place}; keep one.");
                }

                continue;
            }

            seen[(entry.Id, entry.When)] = entry;
            (groups.TryGetValue(entry.Id, out var group) ? group : groups[entry.Id] = []).Add(entry);
        }

        return groups;
    }

    private static string Actual(decimal value, string? note) =>
        note is null ? Number(value) : $"{Number(value)} ('{note}')";

    private static string Update(ActionStatus status, decimal? percent, string? commentary) =>
        StatusWords.Of(status) + (percent is { } p ? $", {Number(p)}%" : string.Empty) + (commentary is null ? string.Empty : $" ('{commentary}')");

    private static string Assessment(int likelihood, int impact, string? commentary) =>
        string.Create(CultureInfo.InvariantCulture, $"likelihood {likelihood}, impact {impact}") + (commentary is null ? string.Empty : $" ('{commentary}')");

    private static string Number(decimal value) => CellReading.Normal(value).ToString(CultureInfo.InvariantCulture);
}
