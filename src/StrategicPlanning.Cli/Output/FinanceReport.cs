namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan finance --format json</c> (docs/cli.md).</summary>
internal sealed record FinanceReport(string Currency, IReadOnlyList<string> Years, IReadOnlyList<FinanceYear> ByYear, FinanceYear? Horizon, IReadOnlyList<FinanceIssue> Issues);

/// <summary>One year, or the whole horizon (year null).</summary>
internal sealed record FinanceYear(
    string? Year,
    decimal Budget,
    decimal Allocated,
    decimal? AlignedShare,
    decimal SavingsTarget,
    decimal SavingsAllocated,
    decimal SavingsGap,
    IReadOnlyList<FinanceLine> Lines,
    IReadOnlyList<FinanceTheme> Themes,
    FinanceTheme Unattributed);

/// <summary>A budget line's money and allocation.</summary>
internal sealed record FinanceLine(string Id, string Name, string Kind, string? Directorate, decimal Amount, decimal Allocated, decimal Remaining);

/// <summary>Money attributed to a theme.</summary>
internal sealed record FinanceTheme(string? Id, string Name, decimal Revenue, decimal Capital, decimal Savings, decimal Spend);

/// <summary>A finance issue.</summary>
internal sealed record FinanceIssue(string Code, string Severity, string Rules, string Path, string Message);
