using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Reports.Tests.Support;

/// <summary>The bundled Derby plan and its reports, rendered once per test run.</summary>
internal static class DerbyReports
{
    /// <summary>The quarter the README's screenshot and the browser test show.</summary>
    public const string Quarter = "2024/25 Q2";

    /// <summary>The financial year of the annual report the tests render.</summary>
    public const string Year = "2024/25";

    private static readonly Lazy<PlanDocument> Plan = new(() =>
        PlanJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "derby-council-plan-2022-25.json"))));

    private static readonly Lazy<string> QuarterlyHtml = new(() =>
        CabinetReports.Quarterly(Document, Document.Calendar.Parse(Quarter)).GetValueOrThrow());

    private static readonly Lazy<string> AnnualHtml = new(() =>
        CabinetReports.Annual(Document, Document.Calendar.Parse(Year)).GetValueOrThrow());

    public static PlanDocument Document => Plan.Value;

    /// <summary>The quarterly performance report for <see cref="Quarter"/>.</summary>
    public static string Quarterly => QuarterlyHtml.Value;

    /// <summary>The Annual Report for <see cref="Year"/>.</summary>
    public static string Annual => AnnualHtml.Value;

    /// <summary>The repository root, found from the test's output directory.</summary>
    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StrategicPlanning.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("StrategicPlanning.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
