using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>The review cycle (REV-1): cadence, dates, lags and the reviews held.</summary>
internal sealed class ReviewCycleRecord() : Record<ReviewCycle, ReviewCycleRecord.State>(Noun, Members)
{
    private static readonly string Noun = "the review cycle";

    private static readonly RecordMember<ReviewCycle, State>[] Members =
    [
        Value("cadence", Required, static (ref State s, Period v) => s.Cadence = v, static c => c.Cadence),
        Value("start", Required, static (ref State s, LocalDate v) => s.Start = v, static c => c.Start),
        Optional("end", static (ref State s, LocalDate v) => s.End = v, static c => c.End),
        Value("reportingLag", Defaulted, static (ref State s, Period v) => s.ReportingLag = v, static c => c.ReportingLag),
        Value("annualReportLag", Defaulted, static (ref State s, Period v) => s.AnnualReportLag = v, static c => c.AnnualReportLag),
        Optional("dueSoonWithin", static (ref State s, Period v) => s.DueSoonWithin = v, static c => c.DueSoonWithin),
        Array("held", Defaulted, HeldReviewRecord.Table, static (ref State s, ValueList<HeldReview> v) => s.Held = v, static c => c.Held),
    ];

    public static ReviewCycleRecord Table { get; } = new();

    protected override ReviewCycle Create(ref State s, ExtensionMembers extensions) => new()
    {
        Cadence = s.Cadence!,
        Start = s.Start,
        End = s.End,
        ReportingLag = s.ReportingLag ?? ReviewCycle.DefaultReportingLag,
        AnnualReportLag = s.AnnualReportLag ?? ReviewCycle.DefaultAnnualReportLag,
        DueSoonWithin = s.DueSoonWithin,
        Held = s.Held ?? ValueList<HeldReview>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(ReviewCycle record) => record.Extensions;

    internal struct State
    {
        public Period? Cadence;
        public LocalDate Start;
        public LocalDate? End;
        public Period? ReportingLag;
        public Period? AnnualReportLag;
        public Period? DueSoonWithin;
        public ValueList<HeldReview>? Held;
    }
}

/// <summary>A review held (REV-2): date, kind, forum and the period reviewed.</summary>
internal sealed class HeldReviewRecord() : Record<HeldReview, HeldReviewRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a held review";

    private static readonly RecordMember<HeldReview, State>[] Members =
    [
        Value("date", Required, static (ref State s, LocalDate v) => s.Date = v, static h => h.Date),
        Value("kind", Required, static (ref State s, ReviewKind v) => s.Kind = v, static h => h.Kind),
        Optional("forum", static (ref State s, string v) => s.Forum = v, static h => h.Forum),
        Optional("period", static (ref State s, string v) => s.Period = v, static h => h.Period),
    ];

    public static HeldReviewRecord Table { get; } = new();

    protected override HeldReview Create(ref State s, ExtensionMembers extensions) =>
        new() { Date = s.Date, Kind = s.Kind, Forum = s.Forum, Period = s.Period, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(HeldReview record) => record.Extensions;

    internal struct State
    {
        public LocalDate Date;
        public ReviewKind Kind;
        public string? Forum;
        public string? Period;
    }
}
