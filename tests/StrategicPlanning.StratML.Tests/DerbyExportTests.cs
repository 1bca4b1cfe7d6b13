using StrategicPlanning.Json;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>The Derby sample plan written as StratML (issue 9, points 2 and 4).</summary>
public class DerbyExportTests
{
    private static readonly Model.PlanDocument Derby = PlanJson.Read(File.ReadAllBytes(StratMLFiles.DerbyJson)).GetDocumentOrThrow();

    [Fact]
    public void Part2_export_validates_against_the_part2_schema()
    {
        var result = StratMLWriter.Write(Derby);

        StratMLFiles.SchemaErrors(result.Xml, StratMLPart.Part2).Should().BeEmpty();
        result.Xml.Should().Contain("<PerformancePlanOrReport Type=\"Performance_Report\" xmlns=\"urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport\">");
    }

    [Fact]
    public void Part1_export_validates_against_the_iso_schema_and_says_the_measures_are_left_out()
    {
        var result = StratMLWriter.Write(Derby, new StratMLWriteOptions { Part = StratMLPart.Part1 });

        StratMLFiles.SchemaErrors(result.Xml, StratMLPart.Part1).Should().BeEmpty();
        StratMLFiles.Count(result.Xml, "PerformanceIndicator").Should().Be(0);
        result.Notes.Should().Contain(new StratMLNote("$.plan.themes[*].outcomes[*].measures",
            "StratML has no place for measures (Part 1 has no performance indicators; write Part 2 to keep them): 39 left out."));
    }

    [Fact]
    public void Export_lists_what_stratml_has_no_place_for()
    {
        var notes = StratMLWriter.Write(Derby).Notes;

        notes.Should().Contain(new StratMLNote("$.deliveryPlans", "StratML has no place for delivery plans (43 actions): 1 left out."));
        notes.Should().Contain(new StratMLNote("$.financialStrategy", "StratML has no place for the Medium-Term Financial Strategy (20 budget lines): 1 left out."));
        notes.Should().Contain(new StratMLNote("$.riskRegister", "StratML has no place for the risk register (14 risks): 1 left out."));
        notes.Should().Contain(new StratMLNote("$.reviews", "StratML has no place for the review cycle: 1 left out."));
    }

    [Fact]
    public void Export_then_import_keeps_every_theme_outcome_measure_target_and_actual()
    {
        var back = StratMLReader.Parse(StratMLWriter.Write(Derby).Xml).GetDocumentOrThrow();

        back.Calendar.YearStartMonth.Should().Be(4);
        back.Plan.Title.Should().Be(Derby.Plan.Title);
        back.Plan.Vision.Should().Be(Derby.Plan.Vision);
        (back.Plan.Start, back.Plan.End).Should().Be((Derby.Plan.Start, Derby.Plan.End));
        back.Plan.Themes.Select(t => (t.Id, t.Code, t.Name, t.Description)).Should().Equal(Derby.Plan.Themes.Select(t => (t.Id, t.Code, t.Name, t.Description)));
        var measures = Derby.Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).ToList();
        var backMeasures = back.Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).ToList();
        backMeasures.Select(m => (m.Id, m.Title, m.Unit, m.Frequency)).Should().Equal(measures.Select(m => (m.Id, m.Title, m.Unit, m.Frequency)));
        backMeasures.SelectMany(m => m.Actuals.Select(a => (m.Id, a.Period, a.Value, a.Note)))
            .Should().Equal(measures.SelectMany(m => m.Actuals.Select(a => (m.Id, a.Period, a.Value, a.Note))));

        // A restated target (MEA-3) has no place in StratML: the first entry for a period is read back, the rest kept.
        backMeasures.SelectMany(m => m.Targets.Select(t => (m.Id, t.Period, t.Value)))
            .Should().Equal(measures.SelectMany(m => m.Targets.DistinctBy(t => t.Period).Select(t => (m.Id, t.Period, t.Value))));
    }

    [Fact]
    public void Export_is_the_same_for_the_same_document()
    {
        StratMLWriter.Write(Derby).Xml.Should().Be(StratMLWriter.Write(Derby).Xml);
    }

    [Fact]
    public void Stream_overload_writes_the_same_utf8_text()
    {
        using var stream = new MemoryStream();

        var notes = StratMLWriter.Write(Derby, stream);

        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(StratMLWriter.Write(Derby).Xml);
        notes.Should().Equal(StratMLWriter.Write(Derby).Notes);
    }
}
