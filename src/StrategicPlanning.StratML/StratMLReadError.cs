using System.Globalization;
namespace StrategicPlanning.StratML;

/// <summary>Why a StratML text could not be read at all, and where.</summary>
/// <param name="Message">What was wrong and what is allowed.</param>
/// <param name="Line">The 1-based line of the problem, or 0 when it is not tied to a place in the text.</param>
/// <param name="Position">The 1-based character position in that line, or 0 when it is not tied to a place in the text.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StratMLReadError(string Message, int Line, int Position)
{
    /// <summary>Returns the error as one line, with its line and position when known.</summary>
    /// <returns>The error as text.</returns>
    public override string ToString() => Line > 0 ? string.Create(CultureInfo.InvariantCulture, $"line {Line}, position {Position}: {Message}") : Message;
}
