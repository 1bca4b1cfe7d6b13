namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan compare --format json</c>: what moved between two scorecards and why.</summary>
internal sealed record CompareReport(
    string ThenAsOf,
    string NowAsOf,
    bool TwoVersions,
    ComparedNode Plan,
    IReadOnlyList<ComparedTheme> Themes,
    IReadOnlyList<ComparedLeaf> Appeared,
    IReadOnlyList<ComparedLeaf> Disappeared);

/// <summary>The plan or an outcome: scores, RAGs and the contributions of the leaves beneath.</summary>
internal sealed record ComparedNode(
    string Id,
    string Name,
    bool InThen,
    bool InNow,
    decimal? ScoreThen,
    decimal? ScoreNow,
    decimal? Change,
    string? RagThen,
    string? RagNow,
    bool ThresholdCrossed,
    string MustDoGuard,
    IReadOnlyList<ComparedContribution> Contributions);

/// <summary>A theme, as <see cref="ComparedNode"/>, with its outcomes.</summary>
internal sealed record ComparedTheme(
    string Id,
    string Name,
    bool InThen,
    bool InNow,
    decimal? ScoreThen,
    decimal? ScoreNow,
    decimal? Change,
    string? RagThen,
    string? RagNow,
    bool ThresholdCrossed,
    string MustDoGuard,
    IReadOnlyList<ComparedContribution> Contributions,
    IReadOnlyList<ComparedNode> Outcomes);

/// <summary>What one leaf brought to a node's change.</summary>
internal sealed record ComparedContribution(
    string Kind,
    string Id,
    string Title,
    string Cause,
    string? StatusThen,
    string? StatusNow,
    decimal ShareThen,
    decimal ShareNow,
    decimal FromScore,
    decimal FromMix,
    decimal Total);

/// <summary>A leaf found on one scorecard only.</summary>
internal sealed record ComparedLeaf(string Kind, string Id, string Title, string Status);
