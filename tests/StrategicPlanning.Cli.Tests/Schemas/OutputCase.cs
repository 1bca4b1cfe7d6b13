using System.Text.Json.Nodes;

namespace StrategicPlanning.Cli.Tests.Schemas;

/// <summary>One run of splan: <c>splan COMMAND SAMPLE OPTIONS --format json</c>, the sample edited first when <see cref="Edit"/> is given.</summary>
internal sealed record OutputCase(string Output, string Name, string Sample, Action<JsonNode>? Edit, string[] Options)
{
    /// <summary>Gets an edit of the sample's text, for a document that is no longer JSON or no longer a plan document.</summary>
    public Func<string, string>? TextEdit { get; init; }

    /// <summary>Gets the exit code the run must end with: 0 but for <c>splan validate</c> on an invalid (1) or unreadable (2) document.</summary>
    public int Exit { get; init; }

    /// <summary>Gets the command that writes the output: <c>validate</c> for the validation report, else the output's name.</summary>
    public string Command => Output == "validation" ? "validate" : Output;
}
