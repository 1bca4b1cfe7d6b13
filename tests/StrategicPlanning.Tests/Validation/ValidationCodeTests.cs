using System.Text.Json.Nodes;
using StrategicPlanning.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Tests.Validation;

/// <summary>Every validation code has a document that triggers it, at the path it names (VAL-1).</summary>
public class ValidationCodeTests
{
    private const string Measure = "$.plan.themes[0].outcomes[0].measures[0]";
    private const string Action = "$.deliveryPlans[0].actions[0]";
    private const string Risk = "$.riskRegister.risks[0]";
    private const string Line = "$.financialStrategy.lines[0]";

    /// <summary>Code, the edit to the FORMAT.md example that breaks its rule, and the path the issue must name.</summary>
    public static TheoryData<string, Action<JsonObject>, string> Cases => new()
    {
        { ValidationCodes.InvalidId, d => d["plan"]!["themes"]![0]!["id"] = "green city", "$.plan.themes[0].id" },
        { ValidationCodes.DuplicateId, d => d.Line()["id"] = "green.air", Line + ".id" },
        { ValidationCodes.UnknownOutcome, d => d.Action()["outcomeIds"] = new JsonArray("green.water"), Action + ".outcomeIds[0]" },
        { ValidationCodes.UnknownTheme, d => d.Risk()["themeIds"] = new JsonArray("blue"), Risk + ".themeIds[0]" },
        { ValidationCodes.UnknownAction, d => d.Risk()["mitigationActionIds"] = new JsonArray("a.none"), Risk + ".mitigationActionIds[0]" },
        { ValidationCodes.UnknownBudgetLine, d => d.Action()["funding"]![0]!["lineId"] = "rev.none", Action + ".funding[0].lineId" },
        { ValidationCodes.NoOutcome, d => d.Action()["outcomeIds"] = new JsonArray(), Action + ".outcomeIds" },
        { ValidationCodes.RepeatedReference, d => d.Action()["outcomeIds"] = new JsonArray("green.air", "green.air"), Action + ".outcomeIds[1]" },
        { ValidationCodes.NewerFormatVersion, d => d["schemaVersion"] = "1.1", "$.schemaVersion" },
        { ValidationCodes.InvalidPeriodLabel, d => d.Measure()["targets"]![1]!["period"] = "2024/26 Q3", Measure + ".targets[1].period" },
        { ValidationCodes.WrongPeriodKind, d => d.Measure()["actuals"]![0]!["period"] = "2024/25", Measure + ".actuals[0].period" },
        { ValidationCodes.DatesOutOfOrder, d => d.Action()["start"] = "2025-04-01", Action + ".due" },
        { ValidationCodes.TargetOutsidePlan, d => d.Measure()["targets"]![0]!["period"] = "2019/20", Measure + ".targets[0].period" },
        { ValidationCodes.InvalidYearStartMonth, d => d["calendar"]!["yearStartMonth"] = 13, "$.calendar.yearStartMonth" },
        { ValidationCodes.DuplicateActual, d => d.Measure()["actuals"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25 Q1", ["value"] = 39.5 }), Measure + ".actuals[1].period" },
        { ValidationCodes.DuplicateTarget, d => d.Measure()["targets"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25", ["value"] = 42 }), Measure + ".targets[2].period" },
        { ValidationCodes.NegativeTolerance, d => d.Measure()["tolerance"]!["amberWithin"] = -1, Measure + ".tolerance.amberWithin" },
        { ValidationCodes.GreenToleranceAboveAmber, d => d.Measure()["tolerance"]!["greenWithin"] = 6, Measure + ".tolerance.greenWithin" },
        { ValidationCodes.NegativeWeight, d => d.Measure()["weight"] = -0.5, Measure + ".weight" },
        { ValidationCodes.NoPositiveWeight, d => d["plan"]!["themes"]![0]!["weight"] = 0, "$.plan.themes" },
        { ValidationCodes.PercentOutOfRange, d => d.Action()["updates"]![0]!["percentComplete"] = 100.5, Action + ".updates[0].percentComplete" },
        { ValidationCodes.AllocationOutsideHorizon, d => d.Action()["funding"]![0]!["year"] = "2028/29", Action + ".funding[0].year" },
        { ValidationCodes.OverAllocatedLine, d => d.Action()["funding"]![0]!["amount"] = 1200000.01m, Line + ".amounts[0].amount" },
        { ValidationCodes.NegativeAmount, d => d.Action()["estimatedCost"]![0]!["amount"] = -250000, Action + ".estimatedCost[0].amount" },
        { ValidationCodes.AllocationNotPositive, d => d.Action()["funding"]![0]!["amount"] = 0, Action + ".funding[0].amount" },
        { ValidationCodes.InvalidCurrency, d => d["currency"] = "pounds", "$.currency" },
        { ValidationCodes.LineYearOutsideHorizon, d => d.Line()["amounts"]!.AsArray().Add(new JsonObject { ["year"] = "2028/29", ["amount"] = 1 }), Line + ".amounts[2].year" },
        { ValidationCodes.DuplicateLineYear, d => d.Line()["amounts"]!.AsArray().Add(new JsonObject { ["year"] = "2024/25", ["amount"] = 1 }), Line + ".amounts[2].year" },
        { ValidationCodes.YearsNotConsecutive, d => d["financialStrategy"]!["years"] = new JsonArray("2024/25", "2026/27"), "$.financialStrategy.years[1]" },
        { ValidationCodes.RatingOutsideMatrix, d => d.Risk()["assessments"]![0]!["likelihood"] = 6, Risk + ".assessments[0].likelihood" },
        { ValidationCodes.InvalidMatrixSize, d => d["riskRegister"]!["matrix"]!["impactLevels"] = 11, "$.riskRegister.matrix.impactLevels" },
        { ValidationCodes.LabelCountMismatch, d => d["riskRegister"]!["matrix"]!["impactLabels"]!.AsArray().RemoveAt(4), "$.riskRegister.matrix.impactLabels" },
        { ValidationCodes.InvalidScoreGrid, d => d["riskRegister"]!["matrix"]!["scores"] = new JsonArray(new JsonArray(1, 2)), "$.riskRegister.matrix.scores" },
        { ValidationCodes.InvalidBands, d => d["riskRegister"]!["matrix"]!["bands"]![2]!["from"] = 8, "$.riskRegister.matrix.bands[2].from" },
        { ValidationCodes.TreatmentDoesNotFitKind, d => d.Risk()["treatment"] = "exploit", Risk + ".treatment" },
        { ValidationCodes.InvalidReviewFrequency, d => d.Risk()["reviewEvery"] = "P0D", Risk + ".reviewEvery" },
        { ValidationCodes.DuplicateAppetite, d => d["riskRegister"]!["appetite"]!.AsArray().Add(new JsonObject { ["category"] = "financial", ["maxScore"] = 9 }), "$.riskRegister.appetite[1].category" },
        { ValidationCodes.InvalidCadence, d => d["reviews"]!["cadence"] = "P0M", "$.reviews.cadence" },
        { ValidationCodes.ReviewBeforeStart, d => d["reviews"]!["held"]![0]!["date"] = "2024-09-10", "$.reviews.held[0].date" },
        { ValidationCodes.InvalidLag, d => d["reviews"]!["reportingLag"] = "P-1M", "$.reviews.reportingLag" },
        { ValidationCodes.ReviewPeriodOutsidePlan, d => d["reviews"]!["held"]![0]!["period"] = "2025/26 Q1", "$.reviews.held[0].period" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void VAL1_each_code_is_raised_at_the_path_of_the_offending_value(string code, Action<JsonObject> edit, string path)
    {
        var result = PlanValidator.Validate(Samples.FormatExampleWith(edit));

        var issue = result.Issues.Should().ContainSingle(i => i.Code == code, "the edit breaks exactly the rule of {0}", code).Subject;
        issue.Path.Should().Be(path);
        issue.Severity.Should().Be(ValidationCodes.Describe(code)!.Severity);
        issue.Message.Should().NotBeNullOrWhiteSpace();
        issue.RuleIds.Should().NotBeEmpty();
    }

    [Fact]
    public void VAL1_every_code_in_the_table_has_a_triggering_case()
    {
        var tested = Cases.Select(row => (string)row[0]).ToHashSet();

        ValidationCodes.All.Select(c => c.Code).Should().BeSubsetOf(tested);
        tested.Should().HaveCount(ValidationCodes.All.Count);
    }

    [Fact]
    public void VAL1_every_code_is_documented_in_docs_validation_codes()
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "validation-codes.md"));

        foreach (var info in ValidationCodes.All)
        {
            docs.Should().Contain($"| {info.Code} |", "docs/validation-codes.md lists {0}", info.Code);
            docs.Should().Contain(info.RuleIds);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "StrategicPlanning.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (with StrategicPlanning.sln) was not found above the test output.");
    }
}
