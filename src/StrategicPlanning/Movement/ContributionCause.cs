namespace StrategicPlanning.Movement;

/// <summary>Why a leaf's contribution to a node's movement is what it is: what changed about the leaf between the two scorecards.</summary>
public enum ContributionCause
{
    /// <summary>Nothing about it changed and its share of the node did not either: it contributes 0.</summary>
    Unchanged = 1,

    /// <summary>It counted both times with a different score: its status moved, e.g. from amber to red (AGG-2).</summary>
    ScoreChanged = 2,

    /// <summary>It had no data then and has a score now: a measure's actual or an action's update arrived.</summary>
    GainedData = 3,

    /// <summary>It had a score then and no data now: e.g. a measure's new period has no actual yet.</summary>
    LostData = 4,

    /// <summary>It was excluded or data only then and counts now: e.g. an action became due, or a measure got a target in force (MEA-2, ACT-3).</summary>
    StartedCounting = 5,

    /// <summary>It counted then and is excluded or data only now: cancelled, deferred, not yet due, or no target in force.</summary>
    StoppedCounting = 6,

    /// <summary>
    /// It was not beneath the node then: a measure added in a later version of the document, an action of a
    /// delivery plan that only counts now (ACT-5), or a leaf moved here from another outcome.
    /// </summary>
    Appeared = 7,

    /// <summary>It is not beneath the node now: the reverse of <see cref="Appeared"/>.</summary>
    Disappeared = 8,

    /// <summary>Its score is the same but its own weight changed between the two versions of the document.</summary>
    WeightChanged = 9,

    /// <summary>Its score and weight are the same, but its share of the node changed because other leaves moved: the mix alone.</summary>
    ShareChanged = 10,
}
