using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets.Tests.Writing;

public class TextSafetyTests
{
    private const string Formula = "=HYPERLINK(\"http://example.invalid\",\"Click\")";

    private static PlanDocument WithTitle(string title)
    {
        var document = ReturnSamples.Derby;
        var theme = document.Plan.Themes[0];
        var outcome = theme.Outcomes[0];
        var measure = outcome.Measures[0] with { Title = title };
        outcome = outcome with { Measures = [measure, .. outcome.Measures.Skip(1)] };
        theme = theme with { Outcomes = [outcome, .. theme.Outcomes.Skip(1)] };
        return document with { Plan = document.Plan with { Themes = [theme, .. document.Plan.Themes.Skip(1)] } };
    }

    [Fact]
    public void Document_text_that_looks_like_a_formula_is_written_as_an_inline_string_and_the_workbook_has_no_formula()
    {
        var xlsx = ReturnSamples.Xlsx(WithTitle(Formula), "2024/25 Q3");

        using var package = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var cells = ReturnSamples.Part(package, ReturnLayout.MeasuresSheet).Worksheet.Descendants<Cell>().ToList();
        var title = cells.Single(c => c.InlineString?.InnerText == Formula);
        title.DataType!.Value.Should().Be(CellValues.InlineString);
        package.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).Should().BeEmpty();
    }

    [Fact]
    public void Csv_text_that_a_spreadsheet_would_run_is_written_after_an_apostrophe()
    {
        var (measures, _, _) = ReturnSamples.Csv(WithTitle(Formula), "2024/25 Q3");

        measures.Should().Contain(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"Click\"\")\",");
    }

    [Fact]
    public void Csv_starts_with_a_byte_order_mark_and_every_row_carries_the_identity()
    {
        var (measures, _, _) = ReturnSamples.Csv(ReturnSamples.Derby, "2024/25 Q3");
        var lines = measures.Split("\n", StringSplitOptions.RemoveEmptyEntries);

        lines[0].Should().StartWith("\uFEFFPlan id,Quarter,Made from,Measure id,Measure,");
        lines.Skip(1).Should().HaveCount(41).And.OnlyContain(l => l.StartsWith("council-plan-2022-25,2024/25 Q3," + ReturnLayout.MadeFrom(ReturnSamples.Derby) + ",", StringComparison.Ordinal));
    }

    [Fact]
    public void Characters_xml_cannot_hold_become_replacement_characters_and_others_are_kept()
    {
        CellText.Safe("Bell\u0007, lone \uD800 surrogate, tab\t, pair \uD83D\uDE00").Should().Be("Bell\uFFFD, lone \uFFFD surrogate, tab\t, pair \uD83D\uDE00");
        CellText.Safe("Plain text").Should().Be("Plain text");
    }

    [Fact]
    public void Text_longer_than_a_cell_holds_is_cut_with_an_ellipsis()
    {
        var safe = CellText.Safe(new string('x', 40_000));

        safe.Should().HaveLength(CellText.MaxLength).And.EndWith("x…");
    }
}
