using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace StrategicPlanning.StratML.Tests.Support;

/// <summary>The real StratML documents, the official schemas, and schema validation with System.Xml.Schema.</summary>
internal static class StratMLFiles
{
    public const string HiltonHead = "HiltonHeadIsland_StrategicActionPlan_FY2026-2028.HHISAP2025.xml";
    public const string Community = "StratMLCommunity_PerformanceReport_2022-2023.SMLC2023.xml";
    public const string Albania = "USG_Assistance_to_Albania_PerformancePlan.xml";
    public const string WhiteHouse = "WhiteHouse_OfficeOfAmericanInnovation_2017.PMOAI.Part1ISO.xml";

    /// <summary>Every document in samples/data/stratml (at least the four named above).</summary>
    public static TheoryData<string> All => new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "stratml"), "*.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "stratml", name);

    public static string DerbyJson => Path.Combine(AppContext.BaseDirectory, "samples", "derby-council-plan-2022-25.json");

    public static StratMLReadResult Read(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return StratMLReader.Read(stream);
    }

    /// <summary>Every schema error in a document, as "line:position message"; empty when it validates.</summary>
    public static List<string> SchemaErrors(string xml, StratMLPart part)
    {
        var schemas = new XmlSchemaSet { XmlResolver = null };
        var file = part == StratMLPart.Part2 ? "PerformancePlanOrReport20160216.xsd" : "StrategicPlanISOVersion20140401.xsd";
        using (var schema = XmlReader.Create(Path.Combine(AppContext.BaseDirectory, "Schemas", file), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit }))
        {
            schemas.Add(null, schema);
        }

        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {e.Severity} {e.Message}");
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    /// <summary>How many elements of each local name a StratML text holds.</summary>
    public static int Count(string xml, string localName) =>
        XDocument.Parse(xml).Descendants().Count(e => e.Name.LocalName == localName);
}
