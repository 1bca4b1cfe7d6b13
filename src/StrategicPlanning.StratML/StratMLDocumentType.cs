namespace StrategicPlanning.StratML;

/// <summary>The <c>Type</c> attribute of a Part 2 <c>PerformancePlanOrReport</c>.</summary>
public enum StratMLDocumentType
{
    /// <summary><c>Strategic_Plan</c>: a plan with its goals, objectives and indicators.</summary>
    StrategicPlan = 1,

    /// <summary><c>Performance_Plan</c>: a plan for one period with its targets.</summary>
    PerformancePlan = 2,

    /// <summary><c>Performance_Report</c>: a report of results achieved against targets.</summary>
    PerformanceReport = 3,
}
