using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Spreadsheets;

/// <summary>
/// Imports filled-in returns (docs/spreadsheets.md): reads each (XLSX or CSV), checks it is for this plan and one
/// quarter, reads its new actuals, action updates and risk assessments with every problem placed, merges them into the
/// document, and validates the result. Nothing is changed in place: the result holds a new document.
/// </summary>
public static class ReturnImport
{
    /// <summary>Merges <paramref name="returns"/> into <paramref name="document"/>.</summary>
    /// <param name="document">The plan document the returns were made from.</param>
    /// <param name="returns">The filled-in returns: workbooks and CSV files, in any order.</param>
    /// <param name="options">Whether to replace existing values, and the quarter expected; <see cref="ReturnImportOptions.Default"/> when null.</param>
    /// <returns>The merged document, the change log, the problems and the merged document's validation.</returns>
    /// <remarks>
    /// A return is refused whole (<see cref="ReturnProblemSeverity.Refused"/>) when it cannot be read, is not a return,
    /// breaks a size limit, or is for another plan or quarter. A return made from another version of the document (its
    /// made-from hash differs) is read, with a warning. Never throws for anything a file holds.
    /// </remarks>
    public static ReturnImportResult Merge(PlanDocument document, IReadOnlyList<ReturnSource> returns, ReturnImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(returns);
        options ??= ReturnImportOptions.Default;
        var entries = new ReturnEntries();
        var refused = new List<ReturnProblem>();
        PeriodLabel? quarter = null;
        if (options.Quarter is { } wanted)
        {
            if (!document.Calendar.TryParse(wanted, out var label, out var error) || label.Kind != PeriodKind.Quarter)
            {
                throw new ArgumentException($"'{wanted}' is not a quarter such as \"2024/25 Q3\": {error ?? "it is a period of another kind."}", nameof(options));
            }

            quarter = label;
        }

        var madeFrom = new Lazy<string>(() => ReturnLayout.MadeFrom(document));
        var accepted = new List<ReturnContent>();
        foreach (var source in returns)
        {
            var content = ReturnFileReader.Read(source);
            if (Refusal(document, content, ref quarter) is { } why)
            {
                refused.Add(new ReturnProblem(content.Source, why.Place, ReturnProblemSeverity.Refused, why.Message));
                continue;
            }

            foreach (var (place, message, warning) in content.Problems)
            {
                (warning ? (Action<string, string?, string>)entries.Warning : entries.Error)(content.Source, place, message);
            }

            if (content.Identity.TryGetValue(ReturnLayout.MadeFromKey, out var hash) && !string.Equals(hash.Value, madeFrom.Value, StringComparison.OrdinalIgnoreCase))
            {
                entries.Warning(content.Source, hash.Place, "the return was made from another version of the plan document; every value is checked against the document as it is now.");
            }

            accepted.Add(content);
        }

        if (quarter is { } q)
        {
            var rows = new ReturnRows(document, q, entries);
            foreach (var content in accepted)
            {
                rows.Read(content);
            }
        }

        var merger = new ReturnMerger(document, options, entries);
        var merged = merger.Merge();
        var validation = PlanValidator.Validate(merged);
        return new ReturnImportResult(merged, quarter?.ToString(), merger.Changes, [.. refused, .. entries.Problems], validation);
    }

    /// <summary>Why a return is refused whole, or null: unreadable, not a return, another plan, another quarter.</summary>
    private static (string? Place, string Message)? Refusal(PlanDocument document, ReturnContent content, ref PeriodLabel? quarter)
    {
        if (content.Refusal is { } refusal)
        {
            return (null, refusal);
        }

        var plan = content.Identity[ReturnLayout.PlanKey];
        if (!string.Equals(plan.Value, document.Plan.Id, StringComparison.Ordinal))
        {
            return (plan.Place, $"the return is for plan '{plan.Value}', not '{document.Plan.Id}'; import it into its own plan.");
        }

        var given = content.Identity[ReturnLayout.QuarterKey];
        if (!document.Calendar.TryParse(given.Value, out var label, out var error) || label.Kind != PeriodKind.Quarter)
        {
            return (given.Place, $"'{given.Value}' is not a quarter such as \"2024/25 Q3\"{(error is null ? "." : ": " + error)}");
        }

        if (quarter is { } expected && label != expected)
        {
            return (given.Place, $"the return is for {label}, not {expected}; import each quarter's returns on their own.");
        }

        quarter = label;
        return null;
    }
}
