namespace StrategicPlanning.Json;

/// <summary>
/// Why a JSON text could not be read as a plan document: what was wrong, where (JSON path, line, column),
/// and what is allowed (VAL-4).
/// </summary>
/// <param name="Path">The JSON path of the offending value, e.g. <c>$.plan.themes[0].outcomes[1].measures[0].polarity</c>; <c>$</c> for the whole document.</param>
/// <param name="Location">Where the problem is in the text, when it can be placed.</param>
/// <param name="Message">What was wrong and what is allowed.</param>
public sealed record JsonReadError(string Path, JsonLocation? Location, string Message)
{
    /// <summary>Formats the error as "line 3, column 14, $.plan.start: message".</summary>
    /// <returns>The error in one line.</returns>
    public override string ToString() => Location is { } at ? $"{at}, {Path}: {Message}" : $"{Path}: {Message}";
}
