using System.Globalization;
namespace StrategicPlanning.Validation;

/// <summary>VAL-2: every id well-formed and unique across the whole document.</summary>
internal static class IdChecks
{
    private const int MaxIdLength = 64;

    public static void Check(ValidationContext context)
    {
        // Sized from the index (milestones come on top): one allocation instead of a dozen growing ones.
        var milestones = 0;
        foreach (var plan in context.Document.DeliveryPlans)
        {
            for (var i = 0; i < plan.Actions.Count; i++)
            {
                milestones += plan.Actions[i].Milestones.Count;
            }
        }

        var capacity = context.Index.ItemCount + milestones + 2;
        if (AllWellFormedAndUnique(context.Document, capacity))
        {
            return; // the usual case: nothing to report, so no walk with paths and no owners to remember
        }

        var seen = new Dictionary<string, object>(capacity, StringComparer.Ordinal);
        var duplicates = new List<(string Id, object First, string Path, string Kind)>();
        IdWalker.Walk(context, (owner, id, kind) =>
        {
            if (!IsValidId(id))
            {
                context.ReportAt("id", ValidationCodes.InvalidId,
                    string.Create(CultureInfo.InvariantCulture, $"The {kind} id '{Shorten(id)}' is not allowed: an id starts with a letter or digit, continues with letters, digits, '.', '_' or '-', and is at most {MaxIdLength} characters (VAL-2)."));
            }

            if (!seen.TryAdd(id, owner))
            {
                duplicates.Add((id, seen[id], context.Path.With("id"), kind));
            }
        });

        if (duplicates.Count > 0)
        {
            ReportDuplicates(context, duplicates);
        }
    }

    /// <summary>
    /// Whether every id <see cref="IdWalker"/> visits is well-formed and unique: one set and plain loops, no path kept.
    /// When it says no, the walk with paths finds and reports each problem in document order.
    /// </summary>
    private static bool AllWellFormedAndUnique(Model.PlanDocument document, int capacity)
    {
        var ids = new HashSet<string>(capacity, StringComparer.Ordinal);
        var plan = document.Plan;
        var ok = Take(ids, plan.Id);
        for (var t = 0; t < plan.Themes.Count; t++)
        {
            var theme = plan.Themes[t];
            ok &= Take(ids, theme.Id);
            for (var o = 0; o < theme.Outcomes.Count; o++)
            {
                var outcome = theme.Outcomes[o];
                ok &= Take(ids, outcome.Id);
                for (var m = 0; m < outcome.Measures.Count; m++)
                {
                    ok &= Take(ids, outcome.Measures[m].Id);
                }
            }
        }

        foreach (var deliveryPlan in document.DeliveryPlans)
        {
            ok &= Take(ids, deliveryPlan.Id);
            for (var a = 0; a < deliveryPlan.Actions.Count; a++)
            {
                var action = deliveryPlan.Actions[a];
                ok &= Take(ids, action.Id);
                for (var m = 0; m < action.Milestones.Count; m++)
                {
                    ok &= Take(ids, action.Milestones[m].Id);
                }
            }
        }

        if (document.FinancialStrategy is { } strategy)
        {
            ok &= strategy.Id is null || Take(ids, strategy.Id);
            foreach (var line in strategy.Lines)
            {
                ok &= Take(ids, line.Id);
            }
        }

        if (document.RiskRegister is { } register)
        {
            ok &= register.Id is null || Take(ids, register.Id);
            foreach (var risk in register.Risks)
            {
                ok &= Take(ids, risk.Id);
            }
        }

        return ok;
    }

    private static bool Take(HashSet<string> ids, string id) => IsValidId(id) & ids.Add(id);

    /// <summary>VAL-2's id pattern, <c>^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$</c>, without a regex.</summary>
    public static bool IsValidId(string id)
    {
        if (id.Length is 0 or > MaxIdLength || !char.IsAsciiLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static void ReportDuplicates(ValidationContext context, List<(string Id, object First, string Path, string Kind)> duplicates)
    {
        // A second walk finds where the first owners are; only documents with duplicates pay for it.
        var firsts = new HashSet<object>(duplicates.Select(d => d.First), ReferenceEqualityComparer.Instance);
        var firstPaths = new Dictionary<object, string>(ReferenceEqualityComparer.Instance);
        IdWalker.Walk(context, (owner, _, _) =>
        {
            if (firsts.Contains(owner))
            {
                firstPaths.TryAdd(owner, context.Path.With("id"));
            }
        });

        var area = context.Area;
        foreach (var (id, first, path, kind) in duplicates)
        {
            context.Area = AreaOf(path);
            var where = firstPaths.TryGetValue(first, out var firstPath) ? $" at {firstPath}" : string.Empty;
            context.ReportAtPath(path, ValidationCodes.DuplicateId,
                $"The {kind} id '{Shorten(id)}' is already used{where}; ids must be unique across the whole document (VAL-2).");
        }

        context.Area = area;
    }

    private static ValidationArea AreaOf(string path) =>
        path.StartsWith("$.deliveryPlans", StringComparison.Ordinal) ? ValidationArea.Delivery
        : path.StartsWith("$.financialStrategy", StringComparison.Ordinal) ? ValidationArea.Finance
        : path.StartsWith("$.riskRegister", StringComparison.Ordinal) ? ValidationArea.Risks
        : path.Contains(".measures[", StringComparison.Ordinal) ? ValidationArea.Measures
        : ValidationArea.Plan;

    private static string Shorten(string id) => id.Length <= 80 ? id : id[..77] + "...";
}
