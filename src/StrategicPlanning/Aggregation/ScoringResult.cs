using System.Diagnostics.CodeAnalysis;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Aggregation;

/// <summary>
/// The scorecard, or the validation errors that stopped it: a document with errors in what scoring reads (the
/// document's calendar and ids, the plan, measures and delivery plans) is refused, never scored wrongly and
/// never with an exception. Errors in money or risks do not block scoring.
/// </summary>
public sealed class ScoringResult
{
    internal ScoringResult(Scorecard? scorecard, IReadOnlyList<ValidationIssue> errors)
    {
        Scorecard = scorecard;
        Errors = errors;
    }

    /// <summary>Gets the scorecard, or null when the document was refused.</summary>
    public Scorecard? Scorecard { get; }

    /// <summary>Gets the validation errors that stopped scoring; empty when it succeeded.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>Gets whether the document was scored.</summary>
    [MemberNotNullWhen(true, nameof(Scorecard))]
    public bool Succeeded => Scorecard is not null;

    /// <summary>Returns the scorecard, or throws when the document was refused.</summary>
    /// <returns>The scorecard.</returns>
    /// <exception cref="InvalidOperationException">The document has errors in what scoring reads; the message lists them.</exception>
    public Scorecard GetScorecardOrThrow() => Scorecard
        ?? throw new InvalidOperationException("The document cannot be scored: " + string.Join("; ", Errors));
}
