using StrategicPlanning.Calendar;
using StrategicPlanning.Model;
using StrategicPlanning.Reports.Tests.Support;

namespace StrategicPlanning.Reports.Tests;

/// <summary>
/// Document text never reorders what a report shows around it (issue 14, point 15): direction controls a text opens
/// are closed at its end, closers it never opened are dropped, and text that can change direction is isolated.
/// </summary>
public class BidiTextTests
{
    private const string Rlo = "\u202E";
    private const string Pdf = "\u202C";
    private const string Lri = "\u2066";
    private const string Fsi = "\u2068";
    private const string Pdi = "\u2069";

    private static readonly PeriodLabel Q2 = ReportingCalendar.Default.Parse("2024/25 Q2");

    [Theory]
    [InlineData("Green city", "Green city")]
    [InlineData("a" + Rlo + "b", "a" + Rlo + "b" + Pdf)]
    [InlineData("a" + Lri + "b" + Rlo + "c", "a" + Lri + "b" + Rlo + "c" + Pdf + Pdi)]
    [InlineData("a" + Pdi + Pdf + "b", "ab")]
    [InlineData(Lri + "a" + Rlo + "b" + Pdi + "c" + Pdf, Lri + "a" + Rlo + "b" + Pdi + "c")]
    [InlineData(Rlo + "a" + Pdf + Pdf, Rlo + "a" + Pdf)]
    public void Balance_closes_what_the_text_opens_and_drops_what_it_never_opened(string text, string balanced)
    {
        BidiText.Balance(text).Should().Be(balanced);
    }

    [Theory]
    [InlineData("Green city", "Green city")]
    [InlineData("Zelená Praha 2030", "Zelená Praha 2030")]
    [InlineData("حديقة", Fsi + "حديقة" + Pdi)]
    [InlineData("x" + Pdi + Rlo + "y", Fsi + "x" + Rlo + "y" + Pdf + Pdi)]
    public void Isolate_puts_text_that_can_change_direction_between_isolates(string text, string isolated)
    {
        BidiText.Isolate(text).Should().Be(isolated);
    }

    [Fact]
    public void A_theme_name_with_an_unbalanced_override_is_isolated_in_every_sentence_that_names_it()
    {
        var html = CabinetReports.Quarterly(SmallPlan.Build("Green city" + Rlo), Q2).GetValueOrThrow();

        html.Should().Contain("Outcomes of " + Fsi + "Green city" + Rlo + Pdf + Pdi);
        html.Should().NotContain("Green city" + Rlo + "<", "the override is closed wherever the name stands alone");
    }

    [Fact]
    public void The_whole_page_is_balanced_whatever_the_document_text_holds()
    {
        var hostile = Rlo + Lri + Pdi + Pdi + "\u202B" + "\u2067";
        var document = SmallPlan.Build("Green " + hostile, note: "note " + hostile);
        var outcome = document.Plan.Themes[0].Outcomes[0];
        document = document with
        {
            Organisation = new Organisation { Name = "Council " + hostile },
            Plan = document.Plan with
            {
                Title = "Plan " + hostile,
                Themes = [document.Plan.Themes[0] with { Outcomes = [outcome with { Title = "Outcome " + hostile, Measures = [outcome.Measures[0] with { Unit = "kg" + hostile }, outcome.Measures[1]] }] }],
            },
        };

        var html = CabinetReports.Quarterly(document, Q2).GetValueOrThrow();

        BidiText.Balance(html).Should().Be(html, "every direction control on the page is closed inside the text that opened it");
        html.Should().Contain(Fsi + "kg" + Rlo + Lri + Pdi + "\u202B" + "\u2067" + Pdi + Pdf + Pdf + Pdi, "a unit is isolated where a figure stands before it");
    }

    [Fact]
    public void Line_and_paragraph_separators_become_spaces_in_the_page()
    {
        var html = CabinetReports.Quarterly(SmallPlan.Build("Green\u2028city\u2029now"), Q2).GetValueOrThrow();

        html.Should().Contain("Green city now").And.NotContain("\u2028").And.NotContain("\u2029");
    }
}
