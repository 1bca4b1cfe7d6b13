namespace StrategicPlanning.Json;

/// <summary>
/// Why a JSON text could not be read as a plan document: what was wrong, where (JSON path, line, column),
/// and what is allowed (VAL-4).
/// </summary>
public sealed record JsonReadError
{
    internal JsonReadError(string path, JsonLocation? location, string message)
    {
        Path = path;
        Location = location;
        Message = message;
    }

    /// <summary>Gets the JSON path of the offending value, e.g. <c>$.plan.themes[0].outcomes[1].measures[0].polarity</c>; <c>$</c> for the whole document.</summary>
    public string Path { get; }

    /// <summary>Gets where the problem is in the text, when it can be placed.</summary>
    public JsonLocation? Location { get; }

    /// <summary>Gets what was wrong and what is allowed.</summary>
    public string Message { get; }

    /// <summary>Formats the error as "line 3, column 14, $.plan.start: message".</summary>
    /// <returns>The error in one line.</returns>
    public override string ToString() => Location is { } at ? $"{at}, {Path}: {Message}" : $"{Path}: {Message}";
}
