namespace StrategicPlanning.Movement;

/// <summary>What the must-do guard (AGG-6) did to a node's RAG at the two dates.</summary>
public enum MustDoGuardMove
{
    /// <summary>The guard held the node at neither date.</summary>
    NotHeld = 1,

    /// <summary>The guard holds the node at amber now and did not then: a must-do leaf beneath turned red while the score was green.</summary>
    NowHeld = 2,

    /// <summary>The guard held the node at amber then and does not now.</summary>
    NoLongerHeld = 3,

    /// <summary>The guard held the node at amber at both dates.</summary>
    StillHeld = 4,
}
