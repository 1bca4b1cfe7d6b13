namespace StrategicPlanning.Json;

/// <summary>
/// A JSON array of objects read straight into model records, without an intermediate wire object per element:
/// measures with their targets and actuals, actions with their milestones, updates, amounts and allocations, and
/// risk assessments. These arrays hold nearly all of a large plan's objects, so skipping the wire copy roughly halves
/// what reading allocates and keeps alive.
/// </summary>
/// <typeparam name="T">The model record.</typeparam>
/// <param name="items">The elements; null where an element was null or lacked a required member.</param>
/// <param name="problems">What was wrong with elements, to be reported with their paths; null when nothing was.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(LeafArrayConverterFactory))]
internal sealed class LeafArray<T>(IReadOnlyList<T?> items, List<LeafProblem>? problems)
    where T : class
{
    /// <summary>Gets the elements, in order.</summary>
    public IReadOnlyList<T?> Items { get; } = items;

    /// <summary>Gets the problems found in elements, in document order; null when there were none.</summary>
    public List<LeafProblem>? Problems { get; } = problems;

    /// <summary>Wraps a model list for writing; null for an empty list, which is left out of the JSON.</summary>
    public static LeafArray<T>? ForWriting(IReadOnlyList<T> items) => items.Count == 0 ? null : new LeafArray<T>(items, null);
}

/// <summary>Something wrong with one element of a <see cref="LeafArray{T}"/>, reported later at its path.</summary>
/// <param name="Index">The element's index in the array (-1 for an object read on its own).</param>
/// <param name="Suffix">The path below the element, e.g. ".value" or ".targets[3].value"; empty for the element itself.</param>
/// <param name="Message">What is wrong.</param>
internal readonly record struct LeafProblem(int Index, string Suffix, string Message);
