using System.Reflection;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// The layers of the library as docs/architecture.md draws them: what each namespace may use. A namespace not listed
/// here is a test failure, so a new folder must find its place in the picture before it can land.
/// </summary>
internal static class Layers
{
    private const string Root = "StrategicPlanning";

    /// <summary>Each namespace of the core library with the namespaces it may depend on (besides itself).</summary>
    public static IReadOnlyDictionary<string, string[]> Allowed { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Core"] = [],
        ["Calendar"] = ["Core"],
        ["Model"] = ["Core", "Calendar"],
        ["Json"] = ["Core", "Calendar", "Model"],
        ["Validation"] = ["Core", "Calendar", "Model"],
        ["Measures"] = ["Core", "Calendar", "Model", "Validation"],
        ["Delivery"] = ["Core", "Calendar", "Model", "Validation"],
        ["Aggregation"] = ["Core", "Calendar", "Model", "Validation", "Measures", "Delivery"],
        ["Finance"] = ["Core", "Calendar", "Model", "Validation"],
        ["Risks"] = ["Core", "Calendar", "Model", "Validation", "Delivery"],

        // REV-7 is defined by MEA-4, ACT-3/5 and RSK-7: Reviews reads the risk rules from the layer below it.
        ["Reviews"] = ["Core", "Calendar", "Model", "Validation", "Measures", "Delivery", "Risks"],

        // Movement compares two scorecards: it reads Aggregation's results and has no rules of its own.
        ["Movement"] = ["Core", "Calendar", "Model", "Validation", "Measures", "Delivery", "Aggregation"],
    };

    /// <summary>The rule families: each has one front door, <c>{Family}Rules.Evaluate</c>.</summary>
    public static IReadOnlyList<string> RuleFamilies { get; } = ["Measures", "Delivery", "Aggregation", "Finance", "Risks", "Reviews"];

    /// <summary>The namespaces whose public types are records or results, and so must be immutable.</summary>
    public static IReadOnlyList<string> ValueNamespaces { get; } = ["Core", "Calendar", "Model", "Validation", .. RuleFamilies, "Movement"];

    public static Assembly Library { get; } = typeof(Model.PlanDocument).Assembly;

    public static Assembly Reports { get; } = typeof(Reports.CabinetReports).Assembly;

    public static Assembly StratML { get; } = typeof(StratML.StratMLReader).Assembly;

    public static Assembly Spreadsheets { get; } = typeof(Spreadsheets.OpenData).Assembly;

    public static Assembly Cli { get; } = Assembly.Load("splan");

    public static string Full(string name) => Root + "." + name;

    /// <summary>The core namespace a type belongs to: "Model" for StrategicPlanning.Model, null outside the core library.</summary>
    public static string? NamespaceOf(Type type)
    {
        var ns = type.Namespace;
        return ns is null || !ns.StartsWith(Root + ".", StringComparison.Ordinal) ? null : ns[(Root.Length + 1)..];
    }
}
