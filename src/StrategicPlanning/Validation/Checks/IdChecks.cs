using System.Globalization;
namespace StrategicPlanning.Validation;

/// <summary>VAL-2: every id well-formed and unique across the whole document.</summary>
internal static class IdChecks
{
    private const int MaxIdLength = 64;

    public static void Check(ValidationContext context)
    {
        context.Ids = DocumentIds.TryCollect(context.Document);
        if (context.Ids is not null)
        {
            return; // the usual case: nothing to report, so no walk with paths and no owners to remember
        }

        var capacity = context.Index.ItemCount;
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
