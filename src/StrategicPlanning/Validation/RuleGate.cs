using StrategicPlanning.Model;

namespace StrategicPlanning.Validation;

/// <summary>
/// The one "refuse when what I read has errors" step every rule family's front door goes through: the document is
/// validated (once per document, <see cref="PlanValidator"/> remembers it) and, when it has errors in the areas the
/// family reads, the family is not run and the errors are returned instead.
/// </summary>
internal static class RuleGate
{
    /// <summary>Runs <paramref name="evaluate"/> unless the document has errors in <paramref name="areasRead"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="areasRead">The parts of the document the family reads; errors elsewhere do not stop it.</param>
    /// <param name="refusal">What could not be done, e.g. "The document cannot be scored".</param>
    /// <param name="evaluate">The family's rules, run on a document with no errors where they read.</param>
    public static RuleResult<T> Run<T>(PlanDocument document, ValidationArea[] areasRead, string refusal, Func<T> evaluate)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(document);
        var errors = areasRead.Length == 0 ? [] : PlanValidator.Remembered(document).ErrorsIn(areasRead);
        return errors.Count > 0 ? RuleResult<T>.ForErrors(refusal, errors) : RuleResult<T>.ForValue(evaluate());
    }
}
