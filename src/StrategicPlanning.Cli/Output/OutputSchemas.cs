using StrategicPlanning.Json;

namespace StrategicPlanning.Cli;

/// <summary>
/// The JSON Schemas (draft 2020-12) that <c>splan schema --output NAME</c> prints: the plan document's, shipped in the
/// library (<see cref="PlanJson.Schema"/>, JSN-3), and one for each command's <c>--format json</c> output (that of
/// <c>splan validate</c> is named <c>validation</c>), embedded in splan from <c>Output/Schemas</c>, where those outputs are built.
/// </summary>
internal static class OutputSchemas
{
    /// <summary>The plan document format 1.0: what <c>splan schema</c> prints without <c>--output</c>.</summary>
    public const string Plan = "plan";

    /// <summary>Gets the names <c>--output</c> accepts, the default first.</summary>
    public static IReadOnlyList<string> Names { get; } = [Plan, "score", "reviews", "finance", "risks", "validation", "compare"];

    /// <summary>Gets the schema named <paramref name="name"/>, one of <see cref="Names"/>.</summary>
    public static string Text(string name)
    {
        if (name == Plan)
        {
            return PlanJson.Schema;
        }

        if (!Names.Contains(name))
        {
            throw new ArgumentOutOfRangeException(nameof(name), name, $"There is no schema '{name}'; give one of {string.Join(", ", Names)}.");
        }

        var resource = $"splan.schemas.{name}.schema.json";
        using var stream = typeof(OutputSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded schema '{resource}' is missing from splan.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
