using System.Reflection;
using StrategicPlanning.Aggregation;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests.Samples;

/// <summary>The README's main command (ThemeScores) and the CabinetReport sample, run in-process as users run them.</summary>
[Collection(nameof(ConsoleCapture))]
public class SampleProgramTests
{
    [Fact]
    public void ThemeScores_prints_the_Derby_theme_table_at_the_latest_quarter()
    {
        var scorecard = AggregationRules.Evaluate(DerbyReports.Document, new NodaTime.LocalDate(2025, 3, 31)).GetValueOrThrow();

        var (exit, output, _) = Run("ThemeScores");

        exit.Should().Be(0);
        var lines = output.Split('\n');
        lines[0].Should().Be("Derby City Council – Council Plan 2022-2025: theme scores at 2025-03-31 (2024/25 Q4)");
        lines[2].Should().StartWith("Theme").And.Contain("Score").And.Contain("RAG").And.Contain("Coverage").And.Contain("Meeting target");
        foreach (var theme in scorecard.Plan.Children)
        {
            var figures = string.Create(System.Globalization.CultureInfo.InvariantCulture, $" {theme.Score!.Value:0.00}  {theme.Rag}");
            lines.Should().ContainSingle(l => l.StartsWith(theme.Name, StringComparison.Ordinal) && l.Contains(figures, StringComparison.Ordinal));
        }

        foreach (var theme in scorecard.Plan.Children.Where(t => t.Rag != Core.Rag.Green))
        {
            lines.Should().Contain($"{theme.Name}: {theme.Trace.Summary}");
        }
    }

    [Fact]
    public void The_README_shows_what_its_main_command_prints_now()
    {
        var readme = File.ReadAllText(Path.Combine(DerbyReports.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);

        var (_, output, _) = Run("ThemeScores");

        readme.Should().Contain("```\n" + output.TrimEnd('\n') + "\n```", "the README's first example is the program's real output");
    }

    [Fact]
    public void ThemeScores_takes_a_file_and_an_as_of_date()
    {
        var (exit, output, _) = Run("ThemeScores", Path.Combine(AppContext.BaseDirectory, "samples", "format-example.json"), "--as-of", "2024-09-30");

        exit.Should().Be(0);
        output.Should().StartWith("Derby City Council – Council Plan 2022-2025: theme scores at 2024-09-30 (2024/25 Q2)");
    }

    [Theory]
    [InlineData(2, "--as-of", "31/03/2025")]
    [InlineData(2, "--verbose")]
    [InlineData(2, "no-such-plan.json")]
    public void ThemeScores_explains_bad_arguments_without_a_stack_trace(int expectedExit, params string[] args)
    {
        var (exit, output, error) = Run("ThemeScores", args);

        exit.Should().Be(expectedExit);
        output.Should().BeEmpty();
        error.Should().NotBeEmpty().And.NotContain("   at ");
    }

    [Fact]
    public void ThemeScores_asks_for_a_date_when_the_plan_has_no_actuals()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-actuals-{Guid.NewGuid():N}.json");
        var plan = SmallPlan.Build();
        var withoutActuals = plan.Plan.Themes.Select(t => t with
        {
            Outcomes = [.. t.Outcomes.Select(o => o with { Measures = [.. o.Measures.Select(m => m with { Actuals = [] })] })],
        });
        File.WriteAllText(path, StrategicPlanning.Json.PlanJson.Write(plan with { Plan = plan.Plan with { Themes = [.. withoutActuals] } }));
        try
        {
            var (exit, output, error) = Run("ThemeScores", path);

            exit.Should().Be(2);
            output.Should().BeEmpty();
            error.Trim().Should().Be("The plan has no measure actuals to choose a quarter from: pass --as-of yyyy-MM-dd.");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("ThemeScores")]
    [InlineData("CabinetReport")]
    public void A_sample_refuses_a_plan_with_errors_before_it_looks_for_a_quarter(string sample)
    {
        // A year starting in month 13 dates no quarter: the sample says so with the error, rather than that there are no actuals.
        var path = Path.Combine(Path.GetTempPath(), $"bad-calendar-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, StrategicPlanning.Json.PlanJson.Write(SmallPlan.Build() with { Calendar = new StrategicPlanning.Calendar.ReportingCalendar { YearStartMonth = 13 } }));
        try
        {
            var (exit, output, error) = sample == "CabinetReport" ? Run(sample, path, "--out", Path.GetTempPath()) : Run(sample, path);

            exit.Should().Be(1);
            output.Should().BeEmpty();
            error.Should().Contain("SP1105").And.Contain("$.calendar.yearStartMonth").And.NotContain("   at ");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CabinetReport_refuses_a_quarter_with_no_dates_to_evaluate_at()
    {
        var (exit, _, error) = Run("CabinetReport", "--quarter", "9998/99 Q4", "--out", Path.GetTempPath());

        exit.Should().Be(2);
        error.Should().StartWith("No report for 9998/99 Q4: a report is for a period whose end");
    }

    [Fact]
    public void CabinetReport_writes_the_quarterly_and_annual_reports()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"cabinet-report-{Guid.NewGuid():N}");
        try
        {
            var (exit, output, _) = Run("CabinetReport", "--quarter", "2024/25 Q2", "--out", directory);

            exit.Should().Be(0);
            output.Should().Contain("quarterly-report-2024-25-Q2.html").And.Contain("annual-report-2024-25.html");
            File.ReadAllText(Path.Combine(directory, "quarterly-report-2024-25-Q2.html")).Should().Be(DerbyReports.Quarterly, "the sample and splan share one renderer");
            File.ReadAllText(Path.Combine(directory, "annual-report-2024-25.html")).Should().Be(DerbyReports.Annual);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static (int Exit, string Out, string Err) Run(string assembly, params string[] args)
    {
        var entry = Assembly.Load(assembly).EntryPoint!;
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = (int)entry.Invoke(null, [args])!;
            return (exit, output.ToString().Replace("\r\n", "\n", StringComparison.Ordinal), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

/// <summary>Tests that swap the process-wide console run one at a time.</summary>
[CollectionDefinition(nameof(ConsoleCapture), DisableParallelization = true)]
public sealed class ConsoleCapture;
