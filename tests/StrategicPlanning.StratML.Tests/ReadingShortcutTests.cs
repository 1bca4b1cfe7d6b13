using NodaTime;
using NodaTime.Text;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// The reader's shortcuts for large documents (issue 20, point 5) read what the long way read: dates in the usual
/// <c>YYYY-MM-DD</c> form by hand, everything else by the ISO pattern; white space between elements held once for each
/// run, whitespace-only text kept as it was.
/// </summary>
public class ReadingShortcutTests
{
    [Theory]
    [InlineData("2024-04-01")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2025-03-31")]
    [InlineData("2025-04-31")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-00")]
    [InlineData("1000-01-01")]
    [InlineData("0999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-1-01")]
    [InlineData("2024/04/01")]
    [InlineData("2024-04-01Z")]
    [InlineData("+2024-04-01")]
    [InlineData("２０２４-04-01")]
    [InlineData("")]
    public void A_date_read_by_hand_is_the_date_the_ISO_pattern_reads(string text)
    {
        var pattern = LocalDatePattern.Iso.Parse(text);

        IsoDates.Parse(text).Should().Be(pattern.Success ? pattern.Value : null);
    }

    [Fact]
    public void The_usual_form_gives_the_date_it_names()
    {
        IsoDates.Parse("2024-02-29").Should().Be(new LocalDate(2024, 2, 29));
        IsoDates.Parse("2023-02-29").Should().BeNull();
    }

    [Fact]
    public void White_space_only_text_of_a_kept_element_is_kept_as_it_was()
    {
        // Three spaces in one kept Description, a line break and two spaces in the other: the same runs as indentation.
        var read = StratMLReader.Parse(StratMLText.Part2(string.Empty, root: "<Description>   </Description><OtherInformation>\n  </OtherInformation>"));

        var elements = read.GetDocumentOrThrow().Plan.Extensions["stratml"].GetProperty("elements");
        elements[0].GetProperty("name").GetString().Should().Be("Description");
        elements[0].GetProperty("text").GetString().Should().Be("   ");
        elements[1].GetProperty("name").GetString().Should().Be("OtherInformation");
        elements[1].GetProperty("text").GetString().Should().Be("\n  ");
    }

    [Fact]
    public void Notes_in_goals_let_go_once_read_keep_their_paths()
    {
        // The first goal is the one Part2 writes (with a Foo added); the second follows it. Each goal's elements leave
        // the tree once its theme is made, so each note's path is worked out when it is made.
        var read = StratMLReader.Parse(StratMLText.Part2("<Foo/>").Replace("</Goal>", "</Goal><Goal><Name>Second</Name><Foo/><Foo/></Goal>", StringComparison.Ordinal));

        read.Notes.Where(n => n.Message.StartsWith("Foo is not", StringComparison.Ordinal)).Select(n => n.Path).Should().Equal(
            "/PerformancePlanOrReport/StrategicPlanCore/Goal[1]/Foo",
            "/PerformancePlanOrReport/StrategicPlanCore/Goal[2]/Foo[1]",
            "/PerformancePlanOrReport/StrategicPlanCore/Goal[2]/Foo[2]");
        read.GetDocumentOrThrow().Plan.Themes.Select(t => t.Name).Should().Equal("Green city", "Second");
    }
}
