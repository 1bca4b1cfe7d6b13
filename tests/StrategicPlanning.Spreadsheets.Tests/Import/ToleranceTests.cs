using NodaTime;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>
/// A return filled in the way people fill them (Fixtures/filled.xlsx, written by openpyxl): sheets renamed and
/// reordered, a title and a blank row above the header, extra and hidden columns, a header in capitals with a trailing
/// space, numbers typed as text, a percentage shown with a % format, dates as serial numbers and as text, status words,
/// a risk level given as its label. All of it is read.
/// </summary>
public sealed class ToleranceTests
{
    private static readonly ReturnImportResult Filled = Fixtures.Merge("filled.xlsx");

    [Fact]
    public void A_return_filled_in_by_people_imports_without_errors_and_validates()
    {
        Filled.Problems.Where(p => p.Severity != ReturnProblemSeverity.Warning).Should().BeEmpty();
        Filled.Succeeded.Should().BeTrue();
        Filled.Quarter.Should().Be("2024/25 Q3");
    }

    [Fact]
    public void A_return_made_from_another_version_of_the_document_is_read_with_a_warning()
    {
        Filled.Lines().Should().Equal("filled.xlsx: Return!B6: the return was made from another version of the plan document; every value is checked against the document as it is now.");
    }

    [Fact]
    public void A_percentage_shown_as_43_5_percent_is_43_5_for_a_measure_whose_unit_is_percent()
    {
        var actual = Fixtures.Actual(Filled.Document, "m.recycling", "2024/25 Q3");
        actual!.Value.Should().Be(43.5m);
        actual.Note.Should().Be("Garden waste season");
    }

    [Fact]
    public void Numbers_typed_as_text_with_spaces_or_thousands_separators_are_read()
    {
        Fixtures.Actual(Filled.Document, "m.missed", "2024-10")!.Value.Should().Be(58m);
        Fixtures.Actual(Filled.Document, "m.missed", "2024-11")!.Value.Should().Be(1034m);
        Fixtures.Actual(Filled.Document, "m.missed", "2024-12").Should().BeNull("a blank Actual is no data");
    }

    [Fact]
    public void A_typed_decimal_is_exactly_that_decimal()
    {
        Fixtures.Actual(Filled.Document, "m.tonnes", "2024/25 Q3")!.Value.Should().Be(118.7m);
    }

    [Fact]
    public void The_same_value_as_the_plan_has_is_unchanged_and_keeps_the_note()
    {
        Filled.Changes.Should().ContainSingle(c => c.Id == "m.visits").Which.Should().Be(
            new ReturnChange(ReturnChangeKind.Unchanged, ReturnItemKind.MeasureActual, "m.visits", "2024/25 Q3", "1200 ('Counted at the gate')", "1200 ('Counted at the gate')", "filled.xlsx", "Performance!5:5"));
    }

    [Fact]
    public void Action_updates_take_the_quarter_end_or_the_date_given_as_a_serial_number()
    {
        var depot = Filled.Document.Index.FindAction("a.depot")!.Updates[^1];
        depot.Should().Be(new ActionUpdate { AsOf = new LocalDate(2024, 12, 31), Status = ActionStatus.OnTrack, PercentComplete = 65m, Commentary = "Roof on" });
        var food = Filled.Document.Index.FindAction("a.food")!.Updates.Should().ContainSingle().Which;
        food.Should().Be(new ActionUpdate { AsOf = new LocalDate(2024, 11, 15), Status = ActionStatus.AtRisk, PercentComplete = 10m, Commentary = "Caddies late" });
    }

    [Fact]
    public void A_risk_level_given_as_its_label_and_a_date_typed_as_text_are_read()
    {
        Filled.Document.Index.FindRisk("r.contract")!.Assessments[^1].Should().Be(
            new RiskAssessment { AsOf = new LocalDate(2024, 11, 30), Likelihood = 4, Impact = 4, Commentary = "Supplier in difficulty" });
    }

    [Fact]
    public void The_change_log_lists_measures_then_actions_then_risks_each_in_the_order_the_return_gave_them()
    {
        Filled.Changes.Select(c => c.ToString()).Should().Equal(
            "added measure m.recycling 2024/25 Q3: 43.5 ('Garden waste season')",
            "unchanged measure m.visits 2024/25 Q3: 1200 ('Counted at the gate')",
            "added measure m.missed 2024-10: 58",
            "added measure m.missed 2024-11: 1034 ('Strike week')",
            "added measure m.tonnes 2024/25 Q3: 118.7",
            "added action a.depot 2024-12-31: on track, 65% ('Roof on')",
            "added action a.food 2024-11-15: at risk, 10% ('Caddies late')",
            "added risk r.contract 2024-11-30: likelihood 4, impact 4 ('Supplier in difficulty')");
    }

    [Fact]
    public void New_actuals_go_in_period_order()
    {
        Filled.Document.Index.FindMeasure("m.recycling")!.Actuals.Select(a => a.Period).Should().Equal("2024/25 Q1", "2024/25 Q2", "2024/25 Q3");
        Filled.Document.Index.FindMeasure("m.missed")!.Actuals.Select(a => a.Period).Should().Equal("2024-09", "2024-10", "2024-11");
    }

    [Fact]
    public void The_identity_is_read_from_the_defined_names_when_there_is_no_identity_sheet()
    {
        var result = Fixtures.Merge("names-only.xlsx");
        result.Problems.Should().OnlyContain(p => p.Severity == ReturnProblemSeverity.Warning);
        result.Lines().Should().Equal("names-only.xlsx: About!D4: the return was made from another version of the plan document; every value is checked against the document as it is now.");
        Fixtures.Actual(result.Document, "m.tonnes", "2024/25 Q3")!.Value.Should().Be(118.7m);
    }

    [Fact]
    public void A_return_saved_by_LibreOffice_gives_each_formula_its_cached_value()
    {
        var result = Fixtures.Merge("libreoffice.xlsx");
        result.Problems.Should().OnlyContain(p => p.Severity == ReturnProblemSeverity.Warning);
        Fixtures.Actual(result.Document, "m.recycling", "2024/25 Q3")!.Value.Should().Be(43.5m, "0.4+0.035 shown as a percentage, for a measure in %");
        Fixtures.Actual(result.Document, "m.tonnes", "2024/25 Q3")!.Value.Should().Be(0.3m, "0.1+0.2 without a double's noise");
    }

    [Fact]
    public void A_formula_no_program_has_computed_is_an_error_not_a_blank()
    {
        var result = Fixtures.Merge("formulas.xlsx");
        result.Succeeded.Should().BeFalse();
        result.Lines().Should().Contain(
            "formulas.xlsx: Measures!D2: the formula '=0.4+0.035' has no saved result; open and save the workbook in Excel or LibreOffice so its value is saved, or type the number.");
    }

    [Fact]
    public void CSV_returns_with_semicolons_a_byte_order_mark_and_quoted_line_breaks_are_read()
    {
        var result = Fixtures.Merge("q3-measures.csv", "q3-actions.csv");
        result.Problems.Should().OnlyContain(p => p.Severity == ReturnProblemSeverity.Warning);
        result.Succeeded.Should().BeTrue();
        Fixtures.Actual(result.Document, "m.tonnes", "2024/25 Q3").Should().Be(new MeasureActual { Period = "2024/25 Q3", Value = 118.7m, Note = "Lower; better\r\nthan expected" });
        Fixtures.Actual(result.Document, "m.missed", "2024-10")!.Value.Should().Be(58m);
        result.Document.Index.FindAction("a.food")!.Updates.Should().ContainSingle().Which.Should().Be(
            new ActionUpdate { AsOf = new LocalDate(2024, 12, 1), Status = ActionStatus.NotStarted, PercentComplete = 0m });
    }
}
