using System.Globalization;
namespace StrategicPlanning.Json;

/// <summary>Thrown by the throwing conveniences of <see cref="PlanJson"/> when a text cannot be read as a plan document.</summary>
public sealed class PlanJsonException : Exception
{
    /// <summary>Creates an exception with no errors listed.</summary>
    public PlanJsonException()
        : this("The text could not be read as a plan document.")
    {
    }

    /// <summary>Creates an exception with a message and no errors listed.</summary>
    /// <param name="message">The message.</param>
    public PlanJsonException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PlanJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Creates an exception listing the read errors.</summary>
    /// <param name="errors">The errors.</param>
    public PlanJsonException(IReadOnlyList<JsonReadError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Gets the errors that stopped the text being read.</summary>
    public IReadOnlyList<JsonReadError> Errors { get; }

    private static string Describe(IReadOnlyList<JsonReadError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count switch
        {
            0 => "The text could not be read as a plan document.",
            1 => "The text could not be read as a plan document: " + errors[0],
            _ => string.Create(CultureInfo.InvariantCulture, $"The text could not be read as a plan document ({errors.Count} errors): ") + string.Join("; ", errors),
        };
    }
}
