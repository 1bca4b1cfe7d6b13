namespace StrategicPlanning.Model;

/// <summary>The status an action's owner reports in an update (ACT-2). What counts is decided by ACT-3.</summary>
public enum ActionStatus
{
    /// <summary>Work has not started.</summary>
    NotStarted = 1,

    /// <summary>Work is on track.</summary>
    OnTrack = 2,

    /// <summary>Work is at risk of missing its due date.</summary>
    AtRisk = 3,

    /// <summary>Work is off track.</summary>
    OffTrack = 4,

    /// <summary>Work is complete.</summary>
    Completed = 5,

    /// <summary>Work has been deferred to a later plan.</summary>
    Deferred = 6,

    /// <summary>Work has been cancelled.</summary>
    Cancelled = 7,
}
