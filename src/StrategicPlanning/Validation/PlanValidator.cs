using System.Runtime.CompilerServices;
using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>
/// Checks a document against every validation rule (VAL-1..4), the reference checks of FIN-3 and the
/// matrix bounds of RSK-2, and returns every issue found (VAL-1: never stops at the first).
/// </summary>
/// <remarks>
/// Pure and thread-safe: the same document always gives the same result. One pass per rule family; lookups by id
/// through the table VAL-2 fills (<see cref="DocumentIds"/>), so validating does not build the document's
/// <see cref="PlanIndex"/> unless an id is malformed or repeated. Documents are immutable, so the result is remembered for as long as the document lives:
/// the rule families' front doors (which refuse documents with errors in what they read) then validate each document
/// once, however many of them run on it.
/// </remarks>
public static class PlanValidator
{
    private static readonly ConditionalWeakTable<PlanDocument, ValidationResult> Results = new();

    /// <summary>
    /// Whether a text can be an id (VAL-2): a letter or digit, then letters, digits, '.', '_' or '-', 64 characters at
    /// most (<c>^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$</c>). For importers that make ids from another format's identifiers.
    /// </summary>
    /// <param name="id">The text.</param>
    /// <returns>True when the text is a well-formed id; uniqueness is a matter for the whole document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public static bool IsValidId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return IdChecks.IsValidId(id);
    }

    /// <summary>Validates a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Every issue found, in the order of the rule families: document, ids, plan and measures, delivery, finance, risks, reviews.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ValidationResult Validate(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = Check(document);
        Results.AddOrUpdate(document, result);
        return result;
    }

    /// <summary>The remembered result for a document, validating it first if it has not been.</summary>
    internal static ValidationResult Remembered(PlanDocument document) =>
        Results.TryGetValue(document, out var result) ? result : Validate(document);

    private static ValidationResult Check(PlanDocument document)
    {
        var context = new ValidationContext(document);
        DocumentChecks.Check(context);
        IdChecks.Check(context);
        PlanChecks.Check(context);
        DeliveryChecks.Check(context);
        FinanceChecks.Check(context);
        RiskChecks.Check(context);
        ReviewChecks.Check(context);
        return context.ToResult();
    }
}
