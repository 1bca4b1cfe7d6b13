namespace StrategicPlanning.StratML;

/// <summary>A plan document written as StratML, with notes on what StratML could not carry.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class StratMLWriteResult
{
    internal StratMLWriteResult(string xml, IReadOnlyList<StratMLNote> notes)
    {
        Xml = xml;
        Notes = notes;
    }

    /// <summary>Gets the StratML document as XML text.</summary>
    public string Xml { get; }

    /// <summary>Gets what was left out because StratML has no place for it, each with the JSON path of the value in the plan document.</summary>
    public IReadOnlyList<StratMLNote> Notes { get; }
}
