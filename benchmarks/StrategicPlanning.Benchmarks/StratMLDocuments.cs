using System.Globalization;
using System.Text;

namespace StrategicPlanning.Benchmarks;

/// <summary>
/// The StratML documents the budget imports: an ordinary but large Part 2 performance plan and report, and the hostile
/// shape an earlier session measured (one indicator with hundreds of thousands of results that cannot be read as targets,
/// all kept as they are). Both are written to a scratch file, never committed.
/// </summary>
internal static class StratMLDocuments
{
    private const string Namespace = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

    private static readonly string[] Words =
    [
        "residents", "housing", "services", "community", "safety", "transport", "schools", "health", "waste", "parks",
        "library", "support", "young people", "older people", "business", "jobs", "skills", "roads", "climate", "energy",
        "homes", "care", "access", "digital", "partners", "neighbourhoods", "quality", "delivery", "value", "growth",
    ];

    /// <summary>
    /// Writes an ordinary StratML Part 2 plan of at least <paramref name="bytes"/> bytes: an organisation with stakeholders,
    /// vision, mission and values, then goals of eight objectives, each of three quantitative indicators with twelve
    /// quarters of targets and eight of actuals (April years, as a council reports), descriptions of a sentence or two, the
    /// administrative information last. Seeded: the same size always gives the same document.
    /// </summary>
    public static void WriteOrdinary(string file, long bytes)
    {
        var random = new Random(20);
        using var stream = File.Create(file);
        using var text = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        text.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PerformancePlanOrReport xmlns=\"{Namespace}\"\n    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" Type=\"Performance_Report\">\n");
        text.Write($"    <Name>Council Plan and Performance Report</Name>\n    <Description>{Sentence(random, 30)}</Description>\n");
        text.Write("    <StrategicPlanCore>\n        <Organization>\n            <Name>Borough Council</Name>\n            <Acronym>BC</Acronym>\n            <Identifier>org-1</Identifier>\n");
        text.Write($"            <Description>{Sentence(random, 20)}</Description>\n");
        foreach (var stakeholder in new[] { "Residents", "Businesses", "Partners" })
        {
            text.Write($"            <Stakeholder StakeholderTypeType=\"Generic_Group\">\n                <Name>{stakeholder}</Name>\n                <Description>{Sentence(random, 8)}</Description>\n                <Role>\n                    <RoleType>Beneficiary</RoleType>\n                </Role>\n            </Stakeholder>\n");
        }

        text.Write($"        </Organization>\n        <Vision>\n            <Description>{Sentence(random, 15)}</Description>\n            <Identifier>vision-1</Identifier>\n        </Vision>\n");
        text.Write($"        <Mission>\n            <Description>{Sentence(random, 15)}</Description>\n            <Identifier>mission-1</Identifier>\n        </Mission>\n");
        for (var v = 1; v <= 4; v++)
        {
            text.Write($"        <Value>\n            <Name>Value {v}</Name>\n            <Description>{Sentence(random, 10)}</Description>\n        </Value>\n");
        }

        for (var goal = 1; stream.Position < bytes; goal++)
        {
            WriteGoal(text, random, goal);
            text.Flush();
        }

        text.Write("    </StrategicPlanCore>\n    <AdministrativeInformation>\n        <Identifier>council-plan</Identifier>\n        <StartDate>2023-04-01</StartDate>\n        <EndDate>2026-03-31</EndDate>\n");
        text.Write("        <PublicationDate>2025-06-30</PublicationDate>\n        <Source>https://example.gov.uk/council-plan</Source>\n    </AdministrativeInformation>\n");
        text.Write("    <Submitter>\n        <GivenName>Alex</GivenName>\n        <Surname>Smith</Surname>\n        <EmailAddress>performance@example.gov.uk</EmailAddress>\n    </Submitter>\n</PerformancePlanOrReport>\n");
    }

    /// <summary>
    /// Writes the hostile shape: a plan whose one indicator has <paramref name="results"/> TargetResults with a number but
    /// no dates, so that none is a target and every one is kept as it is (in the measure's <c>stratml.results</c>).
    /// </summary>
    public static void WriteHostile(string file, int results)
    {
        using var text = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
        text.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PerformancePlanOrReport xmlns=\"{Namespace}\" Type=\"Performance_Plan\">\n    <Name>Hostile</Name>\n    <StrategicPlanCore>\n");
        text.Write("        <Goal>\n            <Name>Goal</Name>\n            <Objective>\n                <Name>Objective</Name>\n                <PerformanceIndicator>\n                    <MeasurementDimension>Count</MeasurementDimension>\n                    <MeasurementInstance>\n");
        for (var i = 0; i < results; i++)
        {
            text.Write(string.Create(CultureInfo.InvariantCulture, $"        <TargetResult><NumberOfUnits>{i}</NumberOfUnits></TargetResult>\n"));
        }

        text.Write("                    </MeasurementInstance>\n                </PerformanceIndicator>\n            </Objective>\n        </Goal>\n    </StrategicPlanCore>\n");
        text.Write("    <AdministrativeInformation>\n        <StartDate>2024-04-01</StartDate>\n        <EndDate>2025-03-31</EndDate>\n    </AdministrativeInformation>\n</PerformancePlanOrReport>\n");
    }

    private static void WriteGoal(StreamWriter text, Random random, int goal)
    {
        text.Write($"        <Goal>\n            <Name>{Title(random)}</Name>\n            <Description>{Sentence(random, 25)}</Description>\n            <Identifier>goal-{goal}</Identifier>\n            <SequenceIndicator>{goal}</SequenceIndicator>\n");
        text.Write($"            <Stakeholder StakeholderTypeType=\"Organization\">\n                <Name>{Title(random)} Partnership</Name>\n                <Role>\n                    <RoleType>Performer</RoleType>\n                </Role>\n            </Stakeholder>\n");
        text.Write($"            <OtherInformation>{Sentence(random, 12)}</OtherInformation>\n");
        for (var objective = 1; objective <= 8; objective++)
        {
            var code = string.Create(CultureInfo.InvariantCulture, $"{goal}.{objective}");
            text.Write($"            <Objective>\n                <Name>{Title(random)}</Name>\n                <Description>{Sentence(random, 20)}</Description>\n                <Identifier>objective-{code}</Identifier>\n                <SequenceIndicator>{code}</SequenceIndicator>\n");
            text.Write($"                <OtherInformation>{Sentence(random, 8)}</OtherInformation>\n");
            for (var indicator = 1; indicator <= 3; indicator++)
            {
                WriteIndicator(text, random, $"{code}.{indicator}");
            }

            text.Write("            </Objective>\n");
        }

        text.Write("        </Goal>\n");
    }

    private static void WriteIndicator(StreamWriter text, Random random, string code)
    {
        text.Write($"                <PerformanceIndicator ValueChainStage=\"Outcome\" PerformanceIndicatorType=\"Quantitative\">\n                    <SequenceIndicator>{code}</SequenceIndicator>\n");
        text.Write($"                    <MeasurementDimension>{Title(random)} {Words[random.Next(Words.Length)]}</MeasurementDimension>\n                    <UnitOfMeasurement>%</UnitOfMeasurement>\n                    <Identifier>indicator-{code}</Identifier>\n");
        var target = random.Next(40, 90);
        for (var quarter = 0; quarter < 12; quarter++)
        {
            var start = new DateOnly(2023, 4, 1).AddMonths(3 * quarter);
            var end = start.AddMonths(3).AddDays(-1);
            var dates = string.Create(CultureInfo.InvariantCulture, $"<StartDate>{start:yyyy-MM-dd}</StartDate>\n                            <EndDate>{end:yyyy-MM-dd}</EndDate>");
            text.Write($"                    <MeasurementInstance>\n                        <TargetResult>\n                            {dates}\n                            <NumberOfUnits>{target + quarter}</NumberOfUnits>\n                        </TargetResult>\n");
            if (quarter < 8)
            {
                var actual = string.Create(CultureInfo.InvariantCulture, $"{target + quarter + random.Next(-60, 60) / 10.0:0.0}");
                var note = quarter % 4 == 3 ? $"\n                            <Description>{Sentence(random, 12)}</Description>" : string.Empty;
                text.Write($"                        <ActualResult>\n                            {dates}\n                            <NumberOfUnits>{actual}</NumberOfUnits>{note}\n                        </ActualResult>\n");
            }

            text.Write("                    </MeasurementInstance>\n");
        }

        text.Write("                </PerformanceIndicator>\n");
    }

    private static string Title(Random random) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Words[random.Next(Words.Length)]) + " and " + Words[random.Next(Words.Length)];

    private static string Sentence(Random random, int words)
    {
        var sentence = new StringBuilder("We will improve");
        for (var i = 0; i < words; i++)
        {
            sentence.Append(i % 5 == 4 ? " for " : " ").Append(Words[random.Next(Words.Length)]);
        }

        return sentence.Append('.').ToString();
    }
}
