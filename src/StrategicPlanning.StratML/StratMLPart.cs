namespace StrategicPlanning.StratML;

/// <summary>The part of the StratML standard a document follows.</summary>
public enum StratMLPart
{
    /// <summary>Part 1, ISO 17469-1: the strategic plan core (root <c>StrategicPlan</c>), without performance indicators.</summary>
    Part1 = 1,

    /// <summary>Part 2: performance plans and reports (root <c>PerformancePlanOrReport</c>), with performance indicators, targets and actual results.</summary>
    Part2 = 2,
}
