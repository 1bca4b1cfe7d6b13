namespace StrategicPlanning.Delivery;

/// <summary>
/// What counts about a delivery action at an as-of date, decided in the order of ACT-3: what was reported
/// matters only after cancellation, completion and the due date have had their say.
/// </summary>
public enum EffectiveActionStatus
{
    /// <summary>Reported cancelled: excluded.</summary>
    Cancelled = 1,

    /// <summary>Reported deferred: excluded.</summary>
    Deferred = 2,

    /// <summary>Not started and not due to start yet: excluded.</summary>
    NotYetDue = 3,

    /// <summary>Reported completed: complete, scores 100 by default.</summary>
    Complete = 4,

    /// <summary>Past its due date and not complete: red, whatever was reported.</summary>
    Overdue = 5,

    /// <summary>Started but no update on or before the as-of date: eligible, not scored.</summary>
    NoData = 6,

    /// <summary>Reported not started after its start date: amber.</summary>
    LateStart = 7,

    /// <summary>Reported on track: green.</summary>
    OnTrack = 8,

    /// <summary>Reported at risk: amber.</summary>
    AtRisk = 9,

    /// <summary>Reported off track: red.</summary>
    OffTrack = 10,
}
