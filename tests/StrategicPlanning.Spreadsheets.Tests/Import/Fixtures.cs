using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>The plan the fixture returns were made for, and the returns (made by Fixtures/make_returns.py with openpyxl).</summary>
internal static class Fixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>Gets the plan document of Fixtures/return-plan.json (returns-test-plan; 2024/25 Q3 is the returns' quarter).</summary>
    public static PlanDocument Plan { get; } = PlanJson.Read(File.ReadAllBytes(Path.Combine(Folder, "return-plan.json"))).GetDocumentOrThrow();

    public static ReturnSource Source(string name) => new(name, File.ReadAllBytes(Path.Combine(Folder, name)));

    public static ReturnImportResult Merge(params string[] names) => ReturnImport.Merge(Plan, [.. names.Select(Source)]);

    public static ReturnImportResult Merge(ReturnImportOptions options, params string[] names) => ReturnImport.Merge(Plan, [.. names.Select(Source)], options);

    public static MeasureActual? Actual(PlanDocument document, string measureId, string period) =>
        document.Index.FindMeasure(measureId)!.Actuals.SingleOrDefault(a => a.Period == period);

    public static IEnumerable<string> Lines(this ReturnImportResult result) => result.Problems.Select(p => p.ToString());
}
