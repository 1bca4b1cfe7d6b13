using System.Xml.Linq;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>
/// The root and StrategicPlanCore → <see cref="PlanDocument"/>: Name the plan's title, the first Organization the
/// organisation and its stakeholders the plan's, Vision, Mission, Values, Goals, and AdministrativeInformation's
/// Identifier, StartDate and EndDate the plan's id, start and end.
/// </summary>
internal static class PlanImporter
{
    public static PlanDocument Import(XElement root, ImportContext context)
    {
        var plan = new ExtensionBuilder("PerformancePlanOrReport");
        XElement? name = null, core = null, admin = null, submitter = null;
        foreach (var child in root.Elements())
        {
            switch (StratMLNames.IsStratML(child.Name.Namespace) ? child.Name.LocalName : string.Empty)
            {
                case "Name": Elements.First(ref name, child, plan, context); break;
                case "StrategicPlanCore": Elements.First(ref core, child, plan, context); break;
                case "AdministrativeInformation": Elements.First(ref admin, child, plan, context); break;
                case "Submitter": Submitter(ref submitter, child, plan, context); break;
                default: Elements.Unmapped(child, plan, context, "Description", "OtherInformation"); break;
            }
        }

        foreach (var attribute in ElementJson.KeptAttributes(root))
        {
            if (context.Part == StratMLPart.Part1)
            {
                plan.Attribute(attribute);
                Elements.Note(attribute, context);
                continue;
            }

            if (attribute.Name == "Type" && attribute.Value is not ("Strategic_Plan" or "Performance_Plan" or "Performance_Report"))
            {
                context.Note(attribute, $"The Type '{attribute.Value}' is not Strategic_Plan, Performance_Plan or Performance_Report; the type is taken from the document.");
                continue;
            }

            plan.Attribute(attribute);
            Elements.Note(attribute, context, "Type");
        }

        plan.Member("part", (int)context.Part);
        var adminParts = AdministrativeParts.Read(admin, plan, context, ref submitter);
        var (id, kept) = context.EntityId(adminParts.Identifier, "plan");
        if (adminParts.Identifier is { } given && context.Part != StratMLPart.Part2)
        {
            // Part 1's AdministrativeInformation has no Identifier: the writer has nowhere to put the plan's id.
            context.Note(given, $"StratML Part 1 has no Identifier in AdministrativeInformation; it was read as the plan's id '{id}', but is not written back to Part 1 (write Part 2 to keep it).");
        }

        plan.Identifier(kept);
        var organisation = default(Organisation);
        var stakeholders = (IReadOnlyList<Stakeholder>)[];
        string? vision = null, mission = null;
        bool visionSeen = false, missionSeen = false;
        var values = new List<PlanValue>();
        var themes = new List<Theme>();
        if (core is null)
        {
            context.Note(root, "There is no StrategicPlanCore, so the plan has no themes.");
        }
        else
        {
            foreach (var child in core.Elements())
            {
                switch (StratMLNames.IsStratML(child.Name.Namespace) ? child.Name.LocalName : string.Empty)
                {
                    case "Organization" when organisation is null:
                        (organisation, stakeholders) = ImportOrganisation(child, context);
                        break;
                    case "Organization":
                        plan.Keep(child);
                        context.Note(child, "A second Organization; the plan document has one organisation, so this one is kept as it is.");
                        break;
                    case "Vision" when !visionSeen:
                        (vision, visionSeen) = (Statement(child, "vision", plan, context), true);
                        break;
                    case "Mission" when !missionSeen:
                        (mission, missionSeen) = (Statement(child, "mission", plan, context), true);
                        break;
                    case "Vision" or "Mission":
                        plan.Keep(child);
                        context.Note(child, $"A second {child.Name.LocalName}; the plan document has one, so this one is kept as it is, but not written back.");
                        break;
                    case "Value":
                        values.Add(ImportValue(child, context));
                        break;
                    case "Goal":
                        themes.Add(GoalImporter.Import(child, themes.Count + 1, context));
                        context.Release(child);
                        break;
                    default:
                        Elements.Unmapped(child, plan, context);
                        break;
                }
            }
        }

        var (start, end) = PlanPeriod.Read(adminParts, themes, plan, context, root);
        if (context.Part == StratMLPart.Part2 && root.Attribute("Type")?.Value is not ("Strategic_Plan" or "Performance_Plan" or "Performance_Report"))
        {
            // The writer needs a Type; the one it would choose is kept now, so that a second import reads the same.
            var type = themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures).Any(m => m.Actuals.Count > 0) ? "Performance_Report" : "Strategic_Plan";
            plan.Attribute(new XAttribute("Type", type));
            context.Note(root, $"The document has no valid Type (a Part 2 document must); it is taken to be {type}.");
        }
        if (submitter is not null)
        {
            plan.Keep(submitter);
        }

        return new PlanDocument
        {
            Organisation = organisation,
            Calendar = context.Calendar,
            Plan = new Plan
            {
                Id = id,
                Title = Elements.Text(name) ?? string.Empty,
                Vision = vision,
                Mission = mission,
                Start = start,
                End = end,
                Values = values,
                Stakeholders = stakeholders,
                Themes = themes,
                Extensions = plan.Build(context),
            },
        };
    }

    /// <summary>Submitter is a child of the root in Part 2 and of AdministrativeInformation in Part 1; either place is read.</summary>
    public static void Submitter(ref XElement? slot, XElement submitter, ExtensionBuilder plan, ImportContext context)
    {
        if (slot is null)
        {
            slot = submitter;
            return;
        }

        if (XNode.DeepEquals(StripNamespaces(slot), StripNamespaces(submitter)))
        {
            context.Note(submitter, "A second Submitter, the same as the first; read once.");
            return;
        }

        plan.Keep(submitter);
        context.Note(submitter, "A second Submitter, different from the first; StratML has room for one, so it is kept in the plan document but not written back.");
    }

    private static XElement StripNamespaces(XElement element) =>
        new(element.Name.LocalName, element.Elements().Select(StripNamespaces), element.HasElements ? null : element.Value);

    private static (Organisation, IReadOnlyList<Stakeholder>) ImportOrganisation(XElement organization, ImportContext context)
    {
        var extension = new ExtensionBuilder("Organization");
        XElement? name = null;
        var stakeholders = new List<XElement>();
        foreach (var child in organization.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "Name": Elements.First(ref name, child, extension, context); break;
                case "Stakeholder": stakeholders.Add(child); break;
                default: Elements.Unmapped(child, extension, context, "Acronym", "Identifier", "Description"); break;
            }
        }

        Elements.Attributes(organization, extension, context);
        var read = StakeholderImporter.Import(stakeholders, context);
        return (new Organisation { Name = Elements.Text(name), Extensions = extension.Build(context) }, read);
    }

    /// <summary>Vision or Mission: the Description is the statement, the Identifier is kept in the plan's extension.</summary>
    private static string? Statement(XElement statement, string member, ExtensionBuilder plan, ImportContext context)
    {
        string? text = null;
        var identified = false;
        foreach (var child in statement.Elements())
        {
            if (child.Name.LocalName == "Description" && text is null)
            {
                text = Elements.Text(child) ?? string.Empty;
            }
            else if (child.Name.LocalName == "Identifier" && !identified)
            {
                identified = true;
                if (context.KeptIdentifier(child) is { } identifier)
                {
                    plan.Member(member + "Identifier", identifier);
                }
            }
            else
            {
                plan.Keep(child);
                context.Note(child, $"A second {child.Name.LocalName}, or one not read in a {statement.Name.LocalName}; kept in the plan document, but not written back to StratML.");
            }
        }

        return string.IsNullOrEmpty(text) ? null : text;
    }

    private static PlanValue ImportValue(XElement value, ImportContext context)
    {
        var extension = new ExtensionBuilder("Value");
        XElement? name = null, description = null;
        foreach (var child in value.Elements())
        {
            switch (child.Name.LocalName)
            {
                case "Name": Elements.First(ref name, child, extension, context); break;
                case "Description": Elements.First(ref description, child, extension, context); break;
                default: Elements.Unmapped(child, extension, context); break;
            }
        }

        return new PlanValue { Name = Elements.Text(name), Description = Elements.Text(description), Extensions = extension.Build(context) };
    }
}
