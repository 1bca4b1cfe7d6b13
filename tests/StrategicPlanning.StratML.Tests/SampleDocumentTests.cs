using System.Xml.Linq;
using StrategicPlanning.Json;
using StrategicPlanning.StratML.Tests.Support;
using StrategicPlanning.Validation;

namespace StrategicPlanning.StratML.Tests;

/// <summary>Every real StratML document in samples/data/stratml, through import, export and import again.</summary>
public class SampleDocumentTests
{
    [Theory]
    [MemberData(nameof(StratMLFiles.All), MemberType = typeof(StratMLFiles))]
    public void Import_keeps_every_goal_objective_indicator_and_measurement(string name)
    {
        var xml = File.ReadAllText(StratMLFiles.PathOf(name));
        var plan = StratMLFiles.Read(name).GetDocumentOrThrow().Plan;
        var measures = plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).ToList();

        plan.Themes.Should().HaveCount(StratMLFiles.Count(xml, "Goal"));
        plan.Themes.Sum(t => t.Outcomes.Count).Should().Be(StratMLFiles.Count(xml, "Objective"));
        measures.Should().HaveCount(StratMLFiles.Count(xml, "PerformanceIndicator"));
        measures.Sum(Kept.Instances).Should().Be(StratMLFiles.Count(xml, "MeasurementInstance"));
        measures.Sum(m => m.Targets.Count + m.Actuals.Count + Kept.Results(m))
            .Should().Be(StratMLFiles.Count(xml, "TargetResult") + StratMLFiles.Count(xml, "ActualResult"));
    }

    [Theory]
    [MemberData(nameof(StratMLFiles.All), MemberType = typeof(StratMLFiles))]
    public void Import_gives_a_plan_document_without_validation_errors(string name)
    {
        var document = StratMLFiles.Read(name).GetDocumentOrThrow();

        PlanValidator.Validate(document).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(StratMLFiles.All), MemberType = typeof(StratMLFiles))]
    public void Import_export_import_gives_an_equal_document(string name)
    {
        var read = StratMLFiles.Read(name);
        var first = read.GetDocumentOrThrow();

        var written = StratMLWriter.Write(first);
        var again = StratMLReader.Parse(written.Xml).GetDocumentOrThrow();

        again.Should().Be(first);
        PlanJson.Write(again).Should().Be(PlanJson.Write(first));
    }

    [Theory]
    [MemberData(nameof(StratMLFiles.All), MemberType = typeof(StratMLFiles))]
    public void Imported_document_survives_the_json_format_unchanged(string name)
    {
        // JSN-2: the stratml extension members are kept by the JSON reader and writer like any other.
        var document = StratMLFiles.Read(name).GetDocumentOrThrow();

        PlanJson.Read(PlanJson.Write(document)).GetDocumentOrThrow().Should().Be(document);
    }

    [Theory]
    [MemberData(nameof(StratMLFiles.All), MemberType = typeof(StratMLFiles))]
    public void Export_validates_against_the_schema_of_its_part(string name)
    {
        var read = StratMLFiles.Read(name);

        foreach (var part in new[] { StratMLPart.Part2, StratMLPart.Part1 })
        {
            var xml = StratMLWriter.Write(read.GetDocumentOrThrow(), new StratMLWriteOptions { Part = part }).Xml;
            StratMLFiles.SchemaErrors(xml, part).Should().BeEmpty($"{name} written as {part} should validate");
        }
    }

    [Theory]
    [MemberData(nameof(StratMLFiles.All), MemberType = typeof(StratMLFiles))]
    public void Export_keeps_the_text_of_every_element_it_has_a_place_for(string name)
    {
        // Not only the counts: every Name, Description, Identifier and DescriptorValue of the source comes back.
        var source = XDocument.Load(StratMLFiles.PathOf(name));
        var read = StratMLFiles.Read(name);
        var written = XDocument.Parse(StratMLWriter.Write(read.GetDocumentOrThrow(), new StratMLWriteOptions { Part = read.Part!.Value }).Xml);

        foreach (var element in new[] { "Name", "Description", "DescriptorValue", "NumberOfUnits", "SequenceIndicator", "ReferentIdentifier" })
        {
            Texts(written, element).Should().BeEquivalentTo(Texts(source, element), $"every non-empty {element} should survive");
        }
    }

    private static List<string> Texts(XDocument document, string localName) =>
        [.. document.Descendants().Where(e => e.Name.LocalName == localName && !e.HasElements && !string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Value)];
}
