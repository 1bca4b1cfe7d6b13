namespace StrategicPlanning.Cli;

/// <summary>What splan's exit codes mean (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked and found nothing wrong.</summary>
    public const int Success = 0;

    /// <summary>The document was read but breaks rules (validation errors).</summary>
    public const int IssuesFound = 1;

    /// <summary>The input could not be read at all (missing file, malformed JSON), or the command line was wrong.</summary>
    public const int Unusable = 2;

    /// <summary>splan itself failed: a bug, reported with a message rather than a stack trace.</summary>
    public const int InternalError = 3;
}
