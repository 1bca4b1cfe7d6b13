namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan score --format json</c>: the score output contract, member for member.</summary>
internal sealed record ScoreReport(string AsOf, ScoredNode Plan, IReadOnlyList<ScoredTheme> Themes);

/// <summary>The plan or an outcome.</summary>
internal sealed record ScoredNode(string Id, decimal? Score, string? Rag, decimal? Coverage, decimal? MeetingTarget, ScoredCounts Counts);

/// <summary>A theme with its outcomes.</summary>
internal sealed record ScoredTheme(string Id, decimal? Score, string? Rag, decimal? Coverage, decimal? MeetingTarget, ScoredCounts Counts, IReadOnlyList<ScoredNode> Outcomes);

/// <summary>All seven counts, always present.</summary>
internal sealed record ScoredCounts(int Green, int Amber, int Red, int Complete, int NoData, int Excluded, int DataOnly);
