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

    /// <summary>Code, the edit to the format example that breaks its rule, and the path the issue must name.</summary>
    public static TheoryData<string, Func<StrategicPlanning.Model.PlanDocument>, string> Cases => new()
    {
        { ValidationCodes.InvalidId, Edit(d => d["plan"]!["themes"]![0]!["id"] = "green city"), "$.plan.themes[0].id" },
        { ValidationCodes.DuplicateId, Edit(d => d.Line()["id"] = "green.air"), Line + ".id" },
        { ValidationCodes.UnknownOutcome, Edit(d => d.Action()["outcomeIds"] = new JsonArray("green.water")), Action + ".outcomeIds[0]" },
        { ValidationCodes.UnknownTheme, Edit(d => d.Risk()["themeIds"] = new JsonArray("blue")), Risk + ".themeIds[0]" },
        { ValidationCodes.UnknownAction, Edit(d => d.Risk()["mitigationActionIds"] = new JsonArray("a.none")), Risk + ".mitigationActionIds[0]" },
        { ValidationCodes.UnknownBudgetLine, Edit(d => d.Action()["funding"]![0]!["lineId"] = "rev.none"), Action + ".funding[0].lineId" },
        { ValidationCodes.NoOutcome, Edit(d => d.Action()["outcomeIds"] = new JsonArray()), Action + ".outcomeIds" },
        { ValidationCodes.RepeatedReference, Edit(d => d.Action()["outcomeIds"] = new JsonArray("green.air", "green.air")), Action + ".outcomeIds[1]" },
        { ValidationCodes.NewerFormatVersion, Edit(d => d["schemaVersion"] = "1.1"), "$.schemaVersion" },
        { ValidationCodes.ValueOutOfRange, Edit(d => d.Measure()["targets"]![0]!["value"] = 1_000_000_000_000_000.01m), Measure + ".targets[0].value" },
        { ValidationCodes.UnsupportedFormatVersion, () => Samples.FormatExample() with { SchemaVersion = "2.0" }, "$.schemaVersion" },
        { ValidationCodes.DateOutOfRange, Edit(d => d.Action()["updates"]![0]!["asOf"] = "0003-12-31"), Action + ".updates[0].asOf" },
        { ValidationCodes.DurationTooLong, Edit(d => d["reviews"]!["cadence"] = "P2Y1D"), "$.reviews.cadence" },
        { ValidationCodes.InvalidPeriodLabel, Edit(d => d.Measure()["targets"]![1]!["period"] = "2024/26 Q3"), Measure + ".targets[1].period" },
        { ValidationCodes.WrongPeriodKind, Edit(d => d.Measure()["actuals"]![0]!["period"] = "2024/25"), Measure + ".actuals[0].period" },
        { ValidationCodes.DatesOutOfOrder, Edit(d => d.Action()["start"] = "2025-04-01"), Action + ".due" },
        { ValidationCodes.TargetOutsidePlan, Edit(d => d.Measure()["targets"]![0]!["period"] = "2019/20"), Measure + ".targets[0].period" },
        { ValidationCodes.InvalidYearStartMonth, Edit(d => d["calendar"]!["yearStartMonth"] = 13), "$.calendar.yearStartMonth" },
        { ValidationCodes.DuplicateActual, Edit(d => d.Measure()["actuals"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25 Q1", ["value"] = 39.5 })), Measure + ".actuals[1].period" },
        { ValidationCodes.DuplicateTarget, Edit(d => d.Measure()["targets"]!.AsArray().Add(new JsonObject { ["period"] = "2024/25", ["value"] = 42 })), Measure + ".targets[2].period" },
        { ValidationCodes.NegativeTolerance, Edit(d => d.Measure()["tolerance"]!["amberWithin"] = -1), Measure + ".tolerance.amberWithin" },
        { ValidationCodes.GreenToleranceAboveAmber, Edit(d => d.Measure()["tolerance"]!["greenWithin"] = 6), Measure + ".tolerance.greenWithin" },
        { ValidationCodes.NegativeWeight, Edit(d => d.Measure()["weight"] = -0.5), Measure + ".weight" },
        { ValidationCodes.NoPositiveWeight, Edit(d => d["plan"]!["themes"]![0]!["weight"] = 0), "$.plan.themes" },
        { ValidationCodes.PercentOutOfRange, Edit(d => d.Action()["updates"]![0]!["percentComplete"] = 100.5), Action + ".updates[0].percentComplete" },
        { ValidationCodes.AllocationOutsideHorizon, Edit(d => d.Action()["funding"]![0]!["year"] = "2028/29"), Action + ".funding[0].year" },
        { ValidationCodes.OverAllocatedLine, Edit(d => d.Action()["funding"]![0]!["amount"] = 1200000.01m), Line + ".amounts[0].amount" },
        { ValidationCodes.NegativeAmount, Edit(d => d.Action()["estimatedCost"]![0]!["amount"] = -250000), Action + ".estimatedCost[0].amount" },
        { ValidationCodes.AllocationNotPositive, Edit(d => d.Action()["funding"]![0]!["amount"] = 0), Action + ".funding[0].amount" },
        { ValidationCodes.InvalidCurrency, Edit(d => d["currency"] = "pounds"), "$.currency" },
        { ValidationCodes.LineYearOutsideHorizon, Edit(d => d.Line()["amounts"]!.AsArray().Add(new JsonObject { ["year"] = "2028/29", ["amount"] = 1 })), Line + ".amounts[2].year" },
        { ValidationCodes.DuplicateLineYear, Edit(d => d.Line()["amounts"]!.AsArray().Add(new JsonObject { ["year"] = "2024/25", ["amount"] = 1 })), Line + ".amounts[2].year" },
        { ValidationCodes.YearsNotConsecutive, Edit(d => d["financialStrategy"]!["years"] = new JsonArray("2024/25", "2026/27")), "$.financialStrategy.years[1]" },
        { ValidationCodes.UnderfundedAction, Edit(d => d.Action()["estimatedCost"]![0]!["amount"] = 250000.01m), Action + ".estimatedCost[0]" },
        { ValidationCodes.UnfundedAction, Edit(d => d.Action().Remove("funding")), Action },
        { ValidationCodes.UnallocatedLine, Edit(d => d["financialStrategy"]!["lines"]!.AsArray().Add(new JsonObject { ["id"] = "rev.parks", ["name"] = "Parks", ["kind"] = "revenue", ["amounts"] = new JsonArray(new JsonObject { ["year"] = "2024/25", ["amount"] = 1 }) })), "$.financialStrategy.lines[1]" },
        { ValidationCodes.RatingOutsideMatrix, Edit(d => d.Risk()["assessments"]![0]!["likelihood"] = 6), Risk + ".assessments[0].likelihood" },
        { ValidationCodes.InvalidMatrixSize, Edit(d => d["riskRegister"]!["matrix"]!["impactLevels"] = 11), "$.riskRegister.matrix.impactLevels" },
        { ValidationCodes.LabelCountMismatch, Edit(d => d["riskRegister"]!["matrix"]!["impactLabels"]!.AsArray().RemoveAt(4)), "$.riskRegister.matrix.impactLabels" },
        { ValidationCodes.InvalidScoreGrid, Edit(d => d["riskRegister"]!["matrix"]!["scores"] = new JsonArray(new JsonArray(1, 2))), "$.riskRegister.matrix.scores" },
        { ValidationCodes.InvalidBands, Edit(d => d["riskRegister"]!["matrix"]!["bands"]![2]!["from"] = 8), "$.riskRegister.matrix.bands[2].from" },
        { ValidationCodes.TreatmentDoesNotFitKind, Edit(d => d.Risk()["treatment"] = "exploit"), Risk + ".treatment" },
        { ValidationCodes.InvalidReviewFrequency, Edit(d => d.Risk()["reviewEvery"] = "P0D"), Risk + ".reviewEvery" },
        { ValidationCodes.DuplicateAppetite, Edit(d => d["riskRegister"]!["appetite"]!.AsArray().Add(new JsonObject { ["category"] = "financial", ["maxScore"] = 9 })), "$.riskRegister.appetite[1].category" },
        { ValidationCodes.InvalidAppetite, Edit(d => d["riskRegister"]!["appetite"]![0]!["maxScore"] = 0), "$.riskRegister.appetite[0].maxScore" },
        { ValidationCodes.InvalidCadence, Edit(d => d["reviews"]!["cadence"] = "P0M"), "$.reviews.cadence" },
        { ValidationCodes.InvalidLag, Edit(d => d["reviews"]!["reportingLag"] = "P-1M"), "$.reviews.reportingLag" },
        { ValidationCodes.ReviewPeriodOutsidePlan, Edit(d => d["reviews"]!["held"]![0]!["period"] = "2025/26 Q1"), "$.reviews.held[0].period" },
    };

    /// <summary>The format example with one edit to its JSON; most rules are broken this way.</summary>
    private static Func<StrategicPlanning.Model.PlanDocument> Edit(Action<JsonObject> edit) => () => Samples.FormatExampleWith(edit);

    [Theory]
    [MemberData(nameof(Cases))]
    public void VAL1_each_code_is_raised_at_the_path_of_the_offending_value(string code, Func<StrategicPlanning.Model.PlanDocument> document, string path)
    {
        var result = PlanValidator.Validate(document());

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
    public void VAL1_the_table_of_codes_is_the_table_in_docs_validation_codes_word_for_word()
    {
        // The rows of the table of codes in use, up to the retired codes; each must be the code's description exactly.
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "validation-codes.md"));
        var documented = lines.TakeWhile(l => !l.StartsWith("## Retired codes", StringComparison.Ordinal)).Where(l => l.StartsWith("| SP", StringComparison.Ordinal));

        documented.Should().Equal(ValidationCodes.All.Select(info =>
            $"| {info.Code} | {info.Name} | {info.Severity.ToString().ToLowerInvariant()} | {info.RuleIds} | {info.Summary} |"));
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
