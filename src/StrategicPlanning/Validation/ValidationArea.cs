namespace StrategicPlanning.Validation;

/// <summary>
/// The part of the document an issue is about, so that a rule family can tell whether the errors concern
/// what it reads: scoring refuses errors in the plan, measures and delivery, but not in money or risks.
/// </summary>
public enum ValidationArea
{
    /// <summary>The document as a whole: format version, calendar, ids shared by every part.</summary>
    Document = 1,

    /// <summary>The Council Plan: its dates, themes and outcomes.</summary>
    Plan = 2,

    /// <summary>Performance measures: targets, actuals, tolerance (MEA).</summary>
    Measures = 3,

    /// <summary>Delivery plans and their actions, milestones and updates (ACT).</summary>
    Delivery = 4,

    /// <summary>The MTFS, estimated costs and funding allocations (FIN).</summary>
    Finance = 5,

    /// <summary>The Strategic Risk Register (RSK).</summary>
    Risks = 6,

    /// <summary>The review cycle (REV).</summary>
    Reviews = 7,
}
