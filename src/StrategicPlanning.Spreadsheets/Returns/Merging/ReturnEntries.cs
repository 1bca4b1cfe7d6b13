using System.Globalization;
using NodaTime;
using StrategicPlanning.Calendar;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets;

/// <summary>A value read from a row of a return: what it is for (an id and a period or date), and where it came from.</summary>
internal interface IReturnEntry
{
    string Id { get; }

    /// <summary>Gets the period or the date, as the change log writes it.</summary>
    string When { get; }

    string Source { get; }

    string Place { get; }
}

/// <summary>A new actual read from a Measures row.</summary>
internal sealed record MeasureEntry(string Id, PeriodLabel Period, decimal Value, string? Note, string Source, string Place) : IReturnEntry
{
    public string When => Period.ToString();
}

/// <summary>A new update read from an Actions row.</summary>
internal sealed record ActionEntry(string Id, LocalDate Date, ActionStatus Status, decimal? PercentComplete, string? Commentary, string Source, string Place) : IReturnEntry
{
    public string When => Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>A new assessment read from a Risks row.</summary>
internal sealed record RiskEntry(string Id, LocalDate Date, int Likelihood, int Impact, string? Commentary, string Source, string Place) : IReturnEntry
{
    public string When => Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Everything the accepted returns give, and every problem found reading them.</summary>
internal sealed class ReturnEntries
{
    public List<MeasureEntry> Measures { get; } = [];

    public List<ActionEntry> Actions { get; } = [];

    public List<RiskEntry> Risks { get; } = [];

    public List<ReturnProblem> Problems { get; } = [];

    public void Error(string source, string? place, string message) => Problems.Add(new ReturnProblem(source, place, ReturnProblemSeverity.Error, message));

    public void Warning(string source, string? place, string message) => Problems.Add(new ReturnProblem(source, place, ReturnProblemSeverity.Warning, message));
}
