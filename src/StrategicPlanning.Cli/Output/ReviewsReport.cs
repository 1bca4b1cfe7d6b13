namespace StrategicPlanning.Cli;

/// <summary>The JSON shape of <c>splan reviews --format json</c> (docs/cli.md).</summary>
internal sealed record ReviewsReport(
    string AsOf,
    bool HasCycle,
    string? Cadence,
    string? Start,
    string? End,
    string? NextDue,
    string? Status,
    bool Compliant,
    IReadOnlyList<ReviewsScheduleEntry> Schedule,
    IReadOnlyList<ReviewsBreach> Breaches,
    IReadOnlyList<ReviewsOutsideCycle> OutsideCycle,
    IReadOnlyList<ReviewsPeriod> Quarters,
    IReadOnlyList<ReviewsPeriod> AnnualReports,
    IReadOnlyList<ReviewsStaleItem> Stale);

/// <summary>A review due, and whether and when one was held.</summary>
internal sealed record ReviewsScheduleEntry(string Due, string? Held, bool OnTime, int DaysLate);

/// <summary>A gap longer than the cadence.</summary>
internal sealed record ReviewsBreach(string Kind, string From, string To, string Due, string Gap, int DaysOverdue);

/// <summary>A review held before the cycle's start or after its end: no part of the cadence (REV-1).</summary>
internal sealed record ReviewsOutsideCycle(string Date, string Kind, string? Forum, string? Period, string Position);

/// <summary>A closed quarter's or year's report.</summary>
internal sealed record ReviewsPeriod(string Period, string Deadline, string Status, string? PresentedOn, int DaysLate);

/// <summary>An out-of-date action, measure or risk.</summary>
internal sealed record ReviewsStaleItem(string Kind, string Id, string Title, string? LastUpdated, string Reason);
