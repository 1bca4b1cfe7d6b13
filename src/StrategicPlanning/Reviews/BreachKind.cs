namespace StrategicPlanning.Reviews;

/// <summary>Which gap of REV-2 was too long.</summary>
public enum BreachKind
{
    /// <summary>From the start of the cycle to the first review.</summary>
    BeforeFirstReview = 1,

    /// <summary>Between two reviews.</summary>
    BetweenReviews = 2,

    /// <summary>From the last review to the as-of date (or the cycle's end, when earlier), with no review since.</summary>
    SinceLastReview = 3,
}
