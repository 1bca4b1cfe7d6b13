using System.Globalization;
using NodaTime;
using NodaTime.Text;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary><see cref="PlanDocument"/> → the root, StrategicPlanCore and AdministrativeInformation, in the schema's order.</summary>
internal static class PlanExporter
{
    public static void Write(PlanDocument document, StratMLDocumentType? type, ExportContext context)
    {
        var plan = document.Plan;
        var kept = KeptData.Of(plan.Extensions, "$.plan", context);
        var xml = context.Xml;
        xml.WriteStartElement(context.IsPart2 ? StratMLNames.Part2Root : StratMLNames.Part1Root, context.Namespace);
        if (context.IsPart2)
        {
            xml.WriteAttributeString("Type", TypeOf(document, type, kept));
        }

        context.Element("Name", plan.Title);
        kept.Write(KeptPlaces.Plan, "Description", context);
        kept.Write(KeptPlaces.Plan, "OtherInformation", context);
        xml.WriteStartElement("StrategicPlanCore", context.Namespace);
        WriteOrganisation(document, context);
        kept.Write(KeptPlaces.Plan, "Organization", context);
        WriteStatement("Vision", plan.Vision, kept.String("visionIdentifier"), context);
        WriteStatement("Mission", plan.Mission, kept.String("missionIdentifier"), context);
        for (var i = 0; i < plan.Values.Count; i++)
        {
            WriteValue(plan.Values[i], string.Create(CultureInfo.InvariantCulture, $"$.plan.values[{i}]"), context);
        }

        if (plan.Themes.Count == 0)
        {
            context.Note("$.plan.themes", "The plan has no themes; StratML requires at least one Goal, so the document written will not validate.");
        }

        for (var i = 0; i < plan.Themes.Count; i++)
        {
            GoalExporter.Write(plan.Themes[i], string.Create(CultureInfo.InvariantCulture, $"$.plan.themes[{i}]"), context);
        }

        xml.WriteEndElement();
        WriteAdministrativeInformation(plan, kept, context);
        if (context.IsPart2)
        {
            kept.Write(KeptPlaces.Plan, "Submitter", context);
        }

        xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }

    private static string TypeOf(PlanDocument document, StratMLDocumentType? type, KeptData kept)
    {
        var chosen = type
            ?? kept.Attribute("Type") switch
            {
                "Strategic_Plan" => StratMLDocumentType.StrategicPlan,
                "Performance_Plan" => StratMLDocumentType.PerformancePlan,
                "Performance_Report" => StratMLDocumentType.PerformanceReport,
                _ => document.Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).Any(m => m.Actuals.Count > 0)
                    ? StratMLDocumentType.PerformanceReport
                    : StratMLDocumentType.StrategicPlan,
            };
        return chosen switch
        {
            StratMLDocumentType.PerformancePlan => "Performance_Plan",
            StratMLDocumentType.PerformanceReport => "Performance_Report",
            _ => "Strategic_Plan",
        };
    }

    private static void WriteOrganisation(PlanDocument document, ExportContext context)
    {
        var organisation = document.Organisation;
        var stakeholders = document.Plan.Stakeholders;
        if (organisation is null && stakeholders.Count == 0)
        {
            return;
        }

        var kept = organisation is null ? KeptData.Of(Core.ExtensionMembers.Empty, "$.organisation", context) : KeptData.Of(organisation.Extensions, "$.organisation", context);
        context.Xml.WriteStartElement("Organization", context.Namespace);
        context.Element("Name", organisation?.Name);
        kept.Write("Organization", "Acronym", context);
        kept.Write("Organization", "Identifier", context);
        kept.Write("Organization", "Description", context);
        StakeholderExporter.Write(stakeholders, "$.plan", context);
        context.Xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }

    private static void WriteStatement(string name, string? text, string? identifier, ExportContext context)
    {
        if (text is null && identifier is null)
        {
            return;
        }

        context.Xml.WriteStartElement(name, context.Namespace);
        context.Element("Description", text);
        context.Identifier(identifier, "$.plan.stratml." + name.ToLowerInvariant() + "Identifier");
        context.Xml.WriteEndElement();
    }

    private static void WriteValue(PlanValue value, string path, ExportContext context)
    {
        var kept = KeptData.Of(value.Extensions, path, context);
        context.Xml.WriteStartElement("Value", context.Namespace);
        context.Element("Name", value.Name);
        context.Element("Description", value.Description);
        context.Xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }

    private static void WriteAdministrativeInformation(Plan plan, KeptData kept, ExportContext context)
    {
        context.Xml.WriteStartElement("AdministrativeInformation", context.Namespace);
        if (context.IsPart2)
        {
            context.Identifier(ExportContext.EntityIdentifier(plan.Id, kept), "$.plan.id");
        }
        else if (plan.Id != "plan")
        {
            // "plan" is the id a Part 1 import gives a plan, so only another id is lost.
            context.Note("$.plan.id", $"StratML Part 1 has no place for the plan's id '{plan.Id}'; it was left out (write Part 2 to keep it).");
        }

        WriteDate("StartDate", plan.Start, kept.Member("start"), "$.plan.start", context);
        WriteDate("EndDate", plan.End, kept.Member("end"), "$.plan.end", context);
        kept.Write(KeptPlaces.Plan, "PublicationDate", context);
        kept.Write(KeptPlaces.Plan, "Source", context);
        if (!context.IsPart2)
        {
            // Part 1's Submitter sits here and has no Identifier.
            kept.Write(KeptPlaces.Plan, "Submitter", context);
        }

        context.Xml.WriteEndElement();
    }

    /// <summary>
    /// The plan's date, unless the reader derived it (no date, or widened to take in targets) and it has not changed
    /// since: then the StratML date as it was, or none.
    /// </summary>
    private static void WriteDate(string name, LocalDate date, System.Text.Json.JsonElement? kept, string path, ExportContext context)
    {
        var iso = LocalDatePattern.Iso.Format(date);
        if (kept is { ValueKind: System.Text.Json.JsonValueKind.Object } read
            && read.TryGetProperty("read", out var was) && was.ValueKind == System.Text.Json.JsonValueKind.String && was.GetString() == iso)
        {
            // The date was derived, so the StratML one goes back: when there was one the schema allows (an empty date
            // only in Part 2); otherwise none.
            var original = read.TryGetProperty("original", out var o) && o.ValueKind == System.Text.Json.JsonValueKind.String ? o.GetString()!.Trim() : null;
            if (original is not null && (original.Length == 0 ? context.IsPart2 : LocalDatePattern.Iso.Parse(original).Success))
            {
                context.Element(name, original);
            }
            else if (original is { Length: 0 })
            {
                context.Note(path, $"The {name} was empty in the StratML read; Part 1 has no empty date, so it was left out.");
            }

            return;
        }

        context.Element(name, iso);
    }
}
