using System.Text;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// Notes are bounded (issue 14, point 8): the first 1,000 of each kind are listed with their path, then one note, at
/// the first unlisted element, says how many more there were. A kind is the check that makes the note.
/// </summary>
public class NoteBoundTests
{
    private const string Undated = "<TargetResult><NumberOfUnits>1</NumberOfUnits></TargetResult>";

    private static string Results(int count) => new StringBuilder(Undated.Length * count).Insert(0, Undated, count).ToString();

    [Fact]
    public void Two_hundred_thousand_odd_results_give_a_thousand_notes_and_one_count_and_every_result_is_kept()
    {
        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(Results(200_000))));

        var onResults = read.Notes.Where(n => n.Path.Contains("/TargetResult", StringComparison.Ordinal)).ToList();
        onResults.Should().HaveCount(1_001);
        onResults[999].Should().Be(new StratMLNote(
            "/PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator/MeasurementInstance/TargetResult[1000]",
            "Kept as it is, not read as a target: its StartDate is missing, so it names no period."));
        onResults[1000].Should().Be(new StratMLNote(
            "/PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator/MeasurementInstance/TargetResult[1001]",
            "199,000 more notes of this kind, from here on, are not listed: only the first 1,000 of each kind are."));
        var measure = read.GetDocumentOrThrow().Plan.Themes[0].Outcomes[0].Measures[0];
        Kept.Results(measure).Should().Be(200_000);
    }

    [Fact]
    public void Each_kind_of_note_is_bounded_on_its_own()
    {
        var foreign = string.Concat(Enumerable.Repeat("<Foo/>", 1_500));

        var read = StratMLReader.Parse(StratMLText.Part2(StratMLText.Indicator(Results(1_200)), root: foreign));

        read.Notes.Count(n => n.Path.Contains("/Foo", StringComparison.Ordinal)).Should().Be(1_001);
        read.Notes.Count(n => n.Path.Contains("/TargetResult", StringComparison.Ordinal)).Should().Be(1_001);
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/Foo[1001]", "500 more notes of this kind, from here on, are not listed: only the first 1,000 of each kind are."));
        read.Notes.Should().Contain(new StratMLNote(
            "/PerformancePlanOrReport/StrategicPlanCore/Goal/Objective/PerformanceIndicator/MeasurementInstance/TargetResult[1001]",
            "200 more notes of this kind, from here on, are not listed: only the first 1,000 of each kind are."));
    }

    [Fact]
    public void Different_texts_from_one_check_count_as_one_kind()
    {
        // Foo and Bar are noted by the same check with different texts: 600 + 600 = 1,200, so 1,000 listed and 200 counted.
        var unknown = string.Concat(Enumerable.Repeat("<Foo/><Bar/>", 600));

        var read = StratMLReader.Parse(StratMLText.Part2(string.Empty, root: unknown));

        read.Notes.Count(n => n.Message.EndsWith("is not a StratML element of PerformancePlanOrReport; kept in the plan document, but not written back to StratML.", StringComparison.Ordinal))
            .Should().Be(1_000);
        read.Notes.Should().ContainSingle(n => n.Message.StartsWith("200 more notes of this kind", StringComparison.Ordinal))
            .Which.Path.Should().Be("/PerformancePlanOrReport/Foo[501]");
    }

    [Fact]
    public void Export_notes_are_bounded_too()
    {
        var foreign = string.Concat(Enumerable.Repeat("<Foo/>", 1_500));
        var document = StratMLReader.Parse(StratMLText.Part2(string.Empty, root: foreign)).GetDocumentOrThrow();

        var notes = StratMLWriter.Write(document).Notes;

        notes.Count(n => n.Path.StartsWith("$.plan.stratml.elements[", StringComparison.Ordinal)).Should().Be(1_001);
        notes.Should().Contain(new StratMLNote("$.plan.stratml.elements[1000]", "500 more notes of this kind, from here on, are not listed: only the first 1,000 of each kind are."));
    }
}
