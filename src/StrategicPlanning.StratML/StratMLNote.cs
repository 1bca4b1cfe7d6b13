namespace StrategicPlanning.StratML;

/// <summary>
/// Something the reader tolerated or could not map, or something the writer left out: where it was and what was done.
/// </summary>
/// <param name="Path">
/// Where: on import the XPath of the StratML element (<c>/PerformancePlanOrReport/StrategicPlanCore/Goal[2]/Identifier</c>);
/// on export the JSON path of the plan document's value (<c>$.plan.themes[0].outcomes[1].measures[0].polarity</c>).
/// </param>
/// <param name="Message">What was found and what was done with it, in words a performance officer understands.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record StratMLNote(string Path, string Message)
{
    /// <summary>Returns the note as one line: the path, a colon and the message.</summary>
    /// <returns>The note as text.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
