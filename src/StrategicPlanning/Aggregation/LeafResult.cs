namespace StrategicPlanning.Aggregation;

/// <summary>A measure or delivery action as a leaf of the scorecard: its status, score and weight (AGG-1, AGG-2).</summary>
/// <param name="Kind">Measure or action.</param>
/// <param name="Id">The measure's or action's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">What it counts as (AGG-9).</param>
/// <param name="Score">The score its status earns under the policy (AGG-2), or null when it carries none.</param>
/// <param name="Weight">Its weight among its outcome's children.</param>
/// <param name="MustDo">Whether it is a must do (AGG-6).</param>
/// <param name="Index">Its position in <see cref="Scorecard.Measures"/> or <see cref="Scorecard.Actions"/>.</param>
/// <remarks>A value: a scorecard holds its leaves in one array.</remarks>
public readonly record struct LeafResult(NodeKind Kind, string Id, string Title, LeafStatus Status, decimal? Score, decimal Weight, bool MustDo, int Index);
