using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>
/// Checks a document against every rule of DOMAIN.md §9 (VAL-1..4), the reference checks of FIN-3 and the
/// matrix bounds of RSK-2, and returns every issue found (VAL-1: never stops at the first).
/// </summary>
/// <remarks>Pure and thread-safe: the same document always gives the same result. One pass per rule family, lookups through <see cref="PlanIndex"/>.</remarks>
public static class PlanValidator
{
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
        return IdRules.IsValidId(id);
    }

    /// <summary>Validates a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Every issue found, in the order of the rule families: document, ids, plan and measures, delivery, finance, risks, reviews.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static ValidationResult Validate(PlanDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new ValidationContext(document);
        DocumentRules.Check(context);
        IdRules.Check(context);
        PlanRules.Check(context);
        DeliveryRules.Check(context);
        FinanceRules.Check(context);
        RiskRules.Check(context);
        ReviewRules.Check(context);
        return context.ToResult();
    }
}
