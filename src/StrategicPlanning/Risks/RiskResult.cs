using System.Diagnostics.CodeAnalysis;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Risks;

/// <summary>The risk profile, or the validation errors in the register or calendar that stopped it (never an exception).</summary>
public sealed class RiskResult
{
    internal RiskResult(RiskProfile? profile, IReadOnlyList<ValidationIssue> errors)
    {
        Profile = profile;
        Errors = errors;
    }

    /// <summary>Gets the profile, or null when the document was refused.</summary>
    public RiskProfile? Profile { get; }

    /// <summary>Gets the validation errors that stopped the evaluation; empty when it succeeded.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>Gets whether the profile was computed.</summary>
    [MemberNotNullWhen(true, nameof(Profile))]
    public bool Succeeded => Profile is not null;

    /// <summary>Returns the profile, or throws when the document was refused.</summary>
    /// <returns>The profile.</returns>
    /// <exception cref="InvalidOperationException">The document has errors in its risk register or calendar; the message lists them.</exception>
    public RiskProfile GetProfileOrThrow() => Profile
        ?? throw new InvalidOperationException("The risk register cannot be evaluated: " + string.Join("; ", Errors));
}
