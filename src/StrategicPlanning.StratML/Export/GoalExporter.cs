using System.Globalization;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary><see cref="Theme"/> → Goal and <see cref="Outcome"/> → Objective, in the schema's order.</summary>
internal static class GoalExporter
{
    public static void Write(Theme theme, string path, ExportContext context)
    {
        var kept = KeptData.Of(theme.Extensions, path, context);
        var xml = context.Xml;
        xml.WriteStartElement("Goal", context.Namespace);
        context.Element("Name", theme.Name);
        context.Element("Description", theme.Description ?? string.Empty);
        context.Identifier(ExportContext.EntityIdentifier(theme.Id, kept), path + ".id");
        context.Element("SequenceIndicator", theme.Code);
        StakeholderExporter.Write(theme.Stakeholders, path, context);
        kept.Write("Goal", "OtherInformation", context);
        for (var i = 0; i < theme.Outcomes.Count; i++)
        {
            WriteObjective(theme.Outcomes[i], string.Create(CultureInfo.InvariantCulture, $"{path}.outcomes[{i}]"), context);
        }

        xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }

    private static void WriteObjective(Outcome outcome, string path, ExportContext context)
    {
        var kept = KeptData.Of(outcome.Extensions, path, context);
        var xml = context.Xml;
        xml.WriteStartElement("Objective", context.Namespace);
        context.Element("Name", outcome.Title.Length == 0 ? null : outcome.Title);
        context.Element("Description", outcome.Description);
        context.Identifier(ExportContext.EntityIdentifier(outcome.Id, kept), path + ".id");
        context.Element("SequenceIndicator", outcome.Code);
        StakeholderExporter.Write(outcome.Stakeholders, path, context);
        kept.Write("Objective", "OtherInformation", context);
        if (context.IsPart2)
        {
            for (var i = 0; i < outcome.Measures.Count; i++)
            {
                IndicatorExporter.Write(outcome.Measures[i], string.Create(CultureInfo.InvariantCulture, $"{path}.measures[{i}]"), context);
            }
        }

        xml.WriteEndElement();
        kept.NoteLeftOut(context);
    }
}
