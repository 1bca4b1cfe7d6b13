namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan risks --format json</c> (docs/cli.md).</summary>
internal sealed record RisksReport(string AsOf, bool HasRegister, IReadOnlyList<RiskLine> Risks, RisksHeatMap Threats, RisksHeatMap Opportunities, IReadOnlyList<RisksTheme> Themes);

/// <summary>One risk, as the register shows it.</summary>
internal sealed record RiskLine(
    string Id,
    string Title,
    string Kind,
    string Category,
    string Status,
    int Likelihood,
    int Impact,
    int Score,
    string? Band,
    string? Rag,
    string? AssessedOn,
    int? PreviousScore,
    string Trend,
    int? TargetScore,
    bool? AtTarget,
    int? Appetite,
    bool OutsideAppetite,
    string? ReviewDue,
    bool ReviewOverdue,
    bool RemovalCandidate,
    IReadOnlyList<RiskMitigation> Mitigations);

/// <summary>A mitigating action and its effective status.</summary>
internal sealed record RiskMitigation(string ActionId, string? Status, bool Red);

/// <summary>A heat map: one cell per likelihood × impact pair.</summary>
internal sealed record RisksHeatMap(int LikelihoodLevels, int ImpactLevels, int Total, IReadOnlyList<RisksCell> Cells);

/// <summary>A heat map cell.</summary>
internal sealed record RisksCell(int Likelihood, int Impact, int Score, string? Band, int Count);

/// <summary>A theme's exposure to open threats, with their heat map (RSK-8).</summary>
internal sealed record RisksTheme(string Id, string Name, int OpenThreats, IReadOnlyDictionary<string, int> ByBand, int? HighestScore, RisksHeatMap HeatMap);
