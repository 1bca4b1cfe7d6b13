namespace StrategicPlanning.Reviews;

/// <summary>Whether a closed quarter's performance report (REV-4) or a closed year's Annual Report (REV-5) was presented in time.</summary>
public enum ReportStatus
{
    /// <summary>Presented no later than the period's end plus the lag.</summary>
    OnTime = 1,

    /// <summary>Presented, but after the period's end plus the lag.</summary>
    Late = 2,

    /// <summary>Not presented, and the period's end plus the lag has passed.</summary>
    Missing = 3,

    /// <summary>Not presented yet, but there is still time: the period's end plus the lag is in the future.</summary>
    Pending = 4,
}
