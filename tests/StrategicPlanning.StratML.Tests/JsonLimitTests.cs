using System.Text;
using StrategicPlanning.Json;
using StrategicPlanning.Model;
using StrategicPlanning.StratML.Tests.Support;

namespace StrategicPlanning.StratML.Tests;

/// <summary>
/// What a StratML import makes reads back as JSON under the JSON reader's own limits (issue 14, point 9): a text
/// longer than PlanReadOptions.MaxStringLength (1 MiB as written, escapes included) is cut with a note, an over-long
/// name is dropped with a note, kept elements nested to the XML limit stay within the JSON depth limit, and a document
/// whose JSON would pass MaxDocumentBytes is refused.
/// </summary>
public class JsonLimitTests
{
    private const int MiB = 1024 * 1024;

    private static string Nest(int levels) =>
        string.Concat(Enumerable.Repeat("<Deep>", levels)) + "bottom" + string.Concat(Enumerable.Repeat("</Deep>", levels));

    private static PlanDocument ReadsBack(PlanDocument document)
    {
        var back = PlanJson.Read(PlanJson.Write(document), PlanReadOptions.Default);
        back.Errors.Should().BeEmpty();
        back.Document.Should().Be(document);
        return back.Document!;
    }

    [Fact]
    public void A_2_MiB_Name_and_an_element_nested_to_the_limit_are_converted_to_json_that_reads_back()
    {
        // The unknown element at the root's level 1, nested down to level 23: the 24 levels the reader allows.
        var xml = StratMLText.Part2(string.Empty, root: Nest(23)).Replace("<Name>Test plan</Name>", "<Name>" + new string('x', 2 * MiB) + "</Name>", StringComparison.Ordinal);

        var read = StratMLReader.Parse(xml);

        read.Error.Should().BeNull();
        read.GetDocumentOrThrow().Plan.Title.Should().Be(new string('x', MiB));
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/Name",
            "The text is 2,097,152 characters long, 2,097,152 bytes as JSON: more than the 1,048,576 bytes (PlanReadOptions.MaxStringLength) a plan document's text may be. It was cut to the first 1,048,576 bytes' worth (whole characters), so that the plan document reads back."));
        ReadsBack(read.GetDocumentOrThrow());
    }

    [Fact]
    public void The_cut_counts_bytes_as_json_writes_them_escapes_included()
    {
        // A quote is written \" (2 bytes): 1,048,576 / 2 = 524,288 of them fit.
        var xml = StratMLText.Part2(string.Empty).Replace("<Name>Test plan</Name>", "<Name>" + string.Concat(Enumerable.Repeat("&quot;", 600_000)) + "</Name>", StringComparison.Ordinal);

        var title = StratMLReader.Parse(xml).GetDocumentOrThrow().Plan.Title;

        title.Should().Be(new string('"', 524_288));
    }

    [Fact]
    public void The_cut_never_splits_a_character()
    {
        // U+1F600 is written \uD83D\uDE00 (12 bytes): after "x", 87,381 of them fit (1 + 12 × 87,381 = 1,048,573), never half of one more.
        var xml = StratMLText.Part2(string.Empty).Replace("<Name>Test plan</Name>", "<Name>x" + string.Concat(Enumerable.Repeat("\U0001F600", 100_000)) + "</Name>", StringComparison.Ordinal);

        var title = StratMLReader.Parse(xml).GetDocumentOrThrow().Plan.Title;

        title.Should().Be("x" + string.Concat(Enumerable.Repeat("\U0001F600", 87_381)));
    }

    [Fact]
    public void A_kept_attribute_value_is_cut_and_an_over_long_name_is_dropped()
    {
        var longName = new string('N', MiB + 1);
        var xml = StratMLText.Part2($"<OtherInformation>{new string('o', MiB + 10)}</OtherInformation>", root: $"<{longName}/>")
            .Replace("Type=\"Performance_Report\"", $"Type=\"Performance_Report\" foo=\"{new string('y', 2 * MiB)}\"", StringComparison.Ordinal);

        var read = StratMLReader.Parse(xml);

        var kept = read.GetDocumentOrThrow().Plan.Extensions["stratml"];
        kept.GetProperty("attributes").GetProperty("foo").GetString().Should().HaveLength(MiB);
        kept.TryGetProperty("elements", out _).Should().BeFalse("the element with the over-long name was the only one kept there");
        read.Notes.Should().Contain(new StratMLNote("/PerformancePlanOrReport/" + longName,
            "The element's name or namespace is longer than the 1,048,576 bytes (PlanReadOptions.MaxStringLength) a plan document's text may be; the element was dropped with all it holds."));
        read.Notes.Should().Contain(n => n.Path == "/PerformancePlanOrReport/@foo" && n.Message.StartsWith("The text is 2,097,152 characters long", StringComparison.Ordinal));
        read.GetDocumentOrThrow().Plan.Themes[0].Extensions["stratml"].GetProperty("elements")[0].GetProperty("text").GetString().Should().HaveLength(MiB);
        ReadsBack(read.GetDocumentOrThrow());
    }

    /// <summary>Each place a kept element can sit, with the level (root 0) its first child is at.</summary>
    public static TheoryData<string, string, int> Places => new()
    {
        { "root", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><Name>P</Name>{0}<StrategicPlanCore><Goal/></StrategicPlanCore></PerformancePlanOrReport>", 1 },
        { "Submitter", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal/></StrategicPlanCore><Submitter>{0}</Submitter></PerformancePlanOrReport>", 2 },
        { "AdministrativeInformation", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal/></StrategicPlanCore><AdministrativeInformation>{0}</AdministrativeInformation></PerformancePlanOrReport>", 2 },
        { "StrategicPlanCore", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore>{0}<Goal/></StrategicPlanCore></PerformancePlanOrReport>", 2 },
        { "Organization", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Organization>{0}</Organization><Goal/></StrategicPlanCore></PerformancePlanOrReport>", 3 },
        { "Organization's Stakeholder", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Organization><Stakeholder>{0}</Stakeholder></Organization><Goal/></StrategicPlanCore></PerformancePlanOrReport>", 4 },
        { "second Organization", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Organization/><Organization>{0}</Organization><Goal/></StrategicPlanCore></PerformancePlanOrReport>", 3 },
        { "Vision", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Vision>{0}</Vision><Goal/></StrategicPlanCore></PerformancePlanOrReport>", 3 },
        { "Value", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Value>{0}</Value><Goal/></StrategicPlanCore></PerformancePlanOrReport>", 3 },
        { "Goal", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal>{0}</Goal></StrategicPlanCore></PerformancePlanOrReport>", 3 },
        { "Goal's Stakeholder", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Stakeholder>{0}</Stakeholder></Goal></StrategicPlanCore></PerformancePlanOrReport>", 4 },
        { "Objective", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective>{0}</Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 4 },
        { "Objective's Stakeholder", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective><Stakeholder>{0}</Stakeholder></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 5 },
        { "PerformanceIndicator", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective><PerformanceIndicator>{0}</PerformanceIndicator></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 5 },
        { "MeasurementInstance", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective><PerformanceIndicator><MeasurementInstance>{0}</MeasurementInstance></PerformanceIndicator></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 6 },
        { "kept result", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective><PerformanceIndicator><MeasurementInstance><TargetResult>{0}</TargetResult></MeasurementInstance></PerformanceIndicator></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 7 },
        { "target's Descriptor", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective><PerformanceIndicator><MeasurementInstance><TargetResult><StartDate>2024-04-01</StartDate><EndDate>2025-03-31</EndDate><NumberOfUnits>1</NumberOfUnits><Descriptor>{0}</Descriptor></TargetResult></MeasurementInstance></PerformanceIndicator></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 8 },
        { "actual's Descriptor", "<PerformancePlanOrReport Type=\"Strategic_Plan\"><StrategicPlanCore><Goal><Objective><PerformanceIndicator><MeasurementInstance><ActualResult><StartDate>2024-04-01</StartDate><EndDate>2025-03-31</EndDate><NumberOfUnits>1</NumberOfUnits><Descriptor>{0}</Descriptor></ActualResult></MeasurementInstance></PerformanceIndicator></Objective></Goal></StrategicPlanCore></PerformancePlanOrReport>", 8 },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void A_kept_element_nested_to_the_xml_limit_stays_within_the_json_depth_limit(string place, string template, int level)
    {
        _ = place;
        // From its level down to level 23: the deepest the reader allows (24 levels with the root).
        var read = StratMLReader.Parse(template.Replace("{0}", Nest(24 - level), StringComparison.Ordinal));

        read.Error.Should().BeNull();
        ReadsBack(read.GetDocumentOrThrow());
    }

    [Fact]
    public void A_document_whose_json_would_pass_the_document_limit_is_refused()
    {
        var results = new StringBuilder().Insert(0, "<TargetResult><NumberOfUnits>1</NumberOfUnits></TargetResult>", 300).ToString();
        var xml = StratMLText.Part2(StratMLText.Indicator(results));

        var read = StratMLReader.Read(new StringReader(xml), null, maxDocumentBytes: 50_000);

        read.Succeeded.Should().BeFalse();
        read.Error!.Message.Should().MatchRegex(@"^The plan document this StratML makes would be [\d,]+ bytes as JSON, more than the 50,000 bytes \(PlanReadOptions.MaxDocumentBytes\) a plan document may be, so it could not be read back; it was not read\.$");
        StratMLReader.Parse(xml).Succeeded.Should().BeTrue();
    }
}
