using System.Globalization;
using System.Xml.Linq;
using StrategicPlanning.Model;

namespace StrategicPlanning.StratML;

/// <summary>Goal → <see cref="Theme"/>, Objective → <see cref="Outcome"/>, with their stakeholders and indicators.</summary>
internal static class GoalImporter
{
    public static Theme Import(XElement goal, int number, ImportContext context)
    {
        var extension = new ExtensionBuilder("Goal");
        var parts = Parts.Read(goal, extension, context, "Objective", "Stakeholder");
        var (id, kept) = context.EntityId(parts.Identifier, Mint("goal", number));
        extension.Identifier(kept);
        Elements.Attributes(goal, extension, context);
        var stakeholders = StakeholderImporter.Import(parts.Lists["Stakeholder"], context);
        var objectives = parts.Lists["Objective"];
        var outcomes = new List<Outcome>(objectives.Count);
        for (var i = 0; i < objectives.Count; i++)
        {
            outcomes.Add(ImportObjective(objectives[i], Mint("goal", number) + "." + Mint("objective", i + 1), context));
        }

        return new Theme
        {
            Id = id,
            Code = Elements.Text(parts.Sequence)?.Trim(),
            Name = Elements.Text(parts.Name) ?? string.Empty,
            Description = Elements.Text(parts.Description),
            Stakeholders = stakeholders,
            Outcomes = outcomes,
            Extensions = extension.Build(context),
        };
    }

    private static Outcome ImportObjective(XElement objective, string mintBase, ImportContext context)
    {
        var extension = new ExtensionBuilder("Objective");
        var parts = Parts.Read(objective, extension, context, "PerformanceIndicator", "Stakeholder");
        var (id, kept) = context.EntityId(parts.Identifier, mintBase);
        extension.Identifier(kept);
        Elements.Attributes(objective, extension, context);
        var stakeholders = StakeholderImporter.Import(parts.Lists["Stakeholder"], context);
        var indicators = parts.Lists["PerformanceIndicator"];
        var measures = new List<Measure>(indicators.Count);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (context.Part == StratMLPart.Part1)
            {
                context.Note(indicators[i], "StratML Part 1 has no PerformanceIndicator; read as a measure, but not written back to StratML Part 1 (write Part 2 to keep it).");
            }

            measures.Add(IndicatorImporter.Import(indicators[i], mintBase + "." + Mint("indicator", i + 1), context));
        }

        return new Outcome
        {
            Id = id,
            Code = Elements.Text(parts.Sequence)?.Trim(),
            Title = Elements.Text(parts.Name) ?? string.Empty,
            Description = Elements.Text(parts.Description),
            Stakeholders = stakeholders,
            Measures = measures,
            Extensions = extension.Build(context),
        };
    }

    private static string Mint(string kind, int number) => string.Create(CultureInfo.InvariantCulture, $"{kind}-{number}");

    /// <summary>The children a goal and an objective share, sorted out in one pass whatever their order.</summary>
    private sealed class Parts
    {
        public XElement? Name;
        public XElement? Description;
        public XElement? Identifier;
        public XElement? Sequence;

        public Dictionary<string, List<XElement>> Lists { get; } = new(StringComparer.Ordinal);

        public static Parts Read(XElement element, ExtensionBuilder extension, ImportContext context, params string[] lists)
        {
            var parts = new Parts();
            foreach (var list in lists)
            {
                parts.Lists[list] = [];
            }

            foreach (var child in element.Elements())
            {
                var name = StratMLNames.IsStratML(child.Name.Namespace) ? child.Name.LocalName : string.Empty;
                switch (name)
                {
                    case "Name": Elements.First(ref parts.Name, child, extension, context); break;
                    case "Description": Elements.First(ref parts.Description, child, extension, context); break;
                    case "Identifier": Elements.First(ref parts.Identifier, child, extension, context); break;
                    case "SequenceIndicator": Elements.First(ref parts.Sequence, child, extension, context); break;
                    default:
                        if (parts.Lists.TryGetValue(name, out var list))
                        {
                            list.Add(child);
                        }
                        else
                        {
                            Elements.Unmapped(child, extension, context, "OtherInformation");
                        }

                        break;
                }
            }

            return parts;
        }
    }
}
