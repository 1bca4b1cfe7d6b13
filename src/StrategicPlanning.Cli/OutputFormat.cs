namespace StrategicPlanning.Cli;

/// <summary>How a command prints its result.</summary>
internal enum OutputFormat
{
    /// <summary>Readable text for people.</summary>
    Text,

    /// <summary>One JSON object for programs, as documented in docs/cli.md.</summary>
    Json,
}
