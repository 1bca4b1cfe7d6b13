using System.Diagnostics.CodeAnalysis;
using StrategicPlanning.Core;

namespace StrategicPlanning.Validation;

/// <summary>
/// What a rule family's front door returns: the value it worked out, or the validation errors that stopped it. A
/// document with errors in what a family reads is refused with those errors, never evaluated wrongly and never with
/// an exception.
/// </summary>
/// <typeparam name="T">The value: a scorecard, a review report, a risk profile, an alignment report, a report's HTML.</typeparam>
/// <remarks>Immutable and thread-safe (as far as <typeparamref name="T"/> is).</remarks>
public sealed class RuleResult<T>
    where T : class
{
    private readonly string? refusal;

    private RuleResult(T? value, IReadOnlyList<ValidationIssue> errors, string? refusal)
    {
        Value = value;
        Errors = errors;
        this.refusal = refusal;
    }

    /// <summary>Gets the value, or null when the document was refused.</summary>
    public T? Value { get; }

    /// <summary>Gets the validation errors that stopped the evaluation, in document order; empty when it succeeded.</summary>
    public IReadOnlyList<ValidationIssue> Errors { get; }

    /// <summary>Gets whether the value was worked out.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool Succeeded => Value is not null;

    /// <summary>Creates the result of an evaluation that succeeded.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "A factory on the generic type, as NodaTime's ParseResult<T>.ForValue.")]
    public static RuleResult<T> ForValue(T value) => new(Guard.NotNull(value), ValueList<ValidationIssue>.Empty, null);

    /// <summary>Creates the result of an evaluation refused because of validation errors.</summary>
    /// <param name="refusal">What could not be done, for <see cref="GetValueOrThrow"/>'s message, e.g. "The document cannot be scored".</param>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="errors"/> is empty.</exception>
    [SuppressMessage("Design", "CA1000", Justification = "A factory on the generic type, as NodaTime's ParseResult<T>.ForException.")]
    public static RuleResult<T> ForErrors(string refusal, IEnumerable<ValidationIssue> errors)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var list = Guard.Items(errors);
        Guard.Argument(list.Count > 0, nameof(errors), "A refusal needs at least one error.");
        return new RuleResult<T>(null, list, refusal);
    }

    /// <summary>Returns the value, or throws when the document was refused.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The document was refused; the message says what could not be done and lists the errors.</exception>
    public T GetValueOrThrow() => Value
        ?? throw new InvalidOperationException(refusal + ": " + string.Join("; ", Errors));
}
