namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>Every problem is reported with its place, and a return with errors changes nothing that is saved.</summary>
public sealed class ProblemTests
{
    [Fact]
    public void Each_bad_cell_is_reported_with_its_sheet_and_cell()
    {
        var result = Fixtures.Merge("bad.xlsx");
        result.Succeeded.Should().BeFalse();
        result.Lines().Should().Equal(
            "bad.xlsx: Return!B6: the return was made from another version of the plan document; every value is checked against the document as it is now.",
            "bad.xlsx: Measures!D2: 'n/a' is not a number; leave it blank for no data.",
            "bad.xlsx: Measures!A3: 'm.unknown' is not a measure of this plan; keep the id the return was sent with.",
            "bad.xlsx: Measures!C5: '2024/25 Q2' does not end in the return's quarter, 2024/25 Q3; a return reports that quarter only.",
            "bad.xlsx: Actions!C2: 'sort of' is not a status; choose one of not started, on track, at risk, off track, completed, deferred, cancelled.",
            "bad.xlsx: Actions!D3: '150' is not a percentage from 0 to 100.",
            "bad.xlsx: Risks!C2: '9' is not a likelihood of the register's matrix: give a whole number from 1 to 5 (RSK-2).",
            "bad.xlsx: Measures!4:4: m.visits already has 1200 ('Counted at the gate') for 2024/25 Q3; the return gives 1300 ('Recount'). Import with replace (splan import --replace) to replace it, or clear the row.");
        result.Problems.Where(p => p.Severity == ReturnProblemSeverity.Error).Should().HaveCount(7);
    }

    [Fact]
    public void A_conflict_with_replace_changes_the_value_and_the_log_shows_the_old_one()
    {
        var result = Fixtures.Merge(new ReturnImportOptions { Replace = true }, "bad.xlsx");
        result.Changes.Should().ContainSingle().Which.Should().Be(new ReturnChange(
            ReturnChangeKind.Changed, ReturnItemKind.MeasureActual, "m.visits", "2024/25 Q3", "1200 ('Counted at the gate')", "1300 ('Recount')", "bad.xlsx", "Measures!4:4"));
        Fixtures.Actual(result.Document, "m.visits", "2024/25 Q3")!.Value.Should().Be(1300m);
        result.Changes[0].ToString().Should().Be("changed measure m.visits 2024/25 Q3: 1200 ('Counted at the gate') → 1300 ('Recount')");
    }

    [Fact]
    public void CSV_problems_name_the_file_line_and_column()
    {
        var result = Fixtures.Merge("q3-bad-measures.csv");
        result.Problems.Where(p => p.Severity == ReturnProblemSeverity.Error).Select(p => p.ToString()).Should().Equal(
            "q3-bad-measures.csv: line 3, column 6 (Actual): 'n/a' is not a number; leave it blank for no data.");
    }

    [Fact]
    public void A_return_for_another_plan_is_refused_whole()
    {
        var result = Fixtures.Merge("other-plan.xlsx");
        result.AnyRefused.Should().BeTrue();
        result.Succeeded.Should().BeFalse();
        result.Lines().Should().Equal("other-plan.xlsx: Return!B3: the return is for plan 'another-plan', not 'returns-test-plan'; import it into its own plan.");
        result.Changes.Should().BeEmpty();
        result.Document.Should().Be(Fixtures.Plan);
    }

    [Fact]
    public void A_return_for_another_quarter_than_the_first_is_refused_whole()
    {
        var result = Fixtures.Merge("filled.xlsx", "other-quarter.xlsx");
        result.Problems.Where(p => p.Severity == ReturnProblemSeverity.Refused).Select(p => p.ToString()).Should().Equal(
            "other-quarter.xlsx: Return!B4: the return is for 2024/25 Q2, not 2024/25 Q3; import each quarter's returns on their own.");
    }

    [Fact]
    public void A_return_for_another_quarter_than_the_one_asked_for_is_refused()
    {
        var result = Fixtures.Merge(new ReturnImportOptions { Quarter = "2024/25 Q2" }, "filled.xlsx");
        result.Problems.Should().ContainSingle(p => p.Severity == ReturnProblemSeverity.Refused).Which.Should().Be(new ReturnProblem(
            "filled.xlsx", "Return!B4", ReturnProblemSeverity.Refused, "the return is for 2024/25 Q3, not 2024/25 Q2; import each quarter's returns on their own."));
    }

    [Fact]
    public void Two_returns_giving_different_values_for_one_period_are_an_error_and_the_same_value_twice_is_not()
    {
        // Both give m.missed 58 for 2024-10; for m.tonnes 2024/25 Q3 both give 118.7, but only the CSV file has commentary.
        var result = Fixtures.Merge("filled.xlsx", "q3-measures.csv");
        result.Problems.Where(p => p.Severity == ReturnProblemSeverity.Error).Select(p => p.ToString()).Should().Equal(
            "q3-measures.csv: line 2: m.tonnes for 2024/25 Q3 is given twice: 118.7 ('Lower; better\r\nthan expected') here, 118.7 in filled.xlsx at Performance!9:9; keep one.");
        result.Succeeded.Should().BeFalse();
    }
}
