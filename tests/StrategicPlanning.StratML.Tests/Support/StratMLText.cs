namespace StrategicPlanning.StratML.Tests.Support;

/// <summary>Small StratML documents written out by hand for the reader's tolerance tests.</summary>
internal static class StratMLText
{
    public const string Part2Namespace = "urn:ISO:std:iso:17469:tech:xsd:PerformancePlanOrReport";

    /// <summary>A Part 2 document with one goal holding <paramref name="goal"/>, in <paramref name="ns"/>.</summary>
    public static string Part2(string goal, string ns = Part2Namespace, string root = "", string admin = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <PerformancePlanOrReport xmlns="{ns}" Type="Performance_Report">
          <Name>Test plan</Name>
          <StrategicPlanCore>
            <Goal>
              <Name>Green city</Name>
              <Description>Cleaner air</Description>
              {goal}
            </Goal>
          </StrategicPlanCore>
          <AdministrativeInformation>
            <StartDate>2024-04-01</StartDate>
            <EndDate>2025-03-31</EndDate>
            {admin}
          </AdministrativeInformation>
          {root}
        </PerformancePlanOrReport>
        """;

    /// <summary>An objective with one indicator whose MeasurementInstance holds <paramref name="results"/>.</summary>
    public static string Indicator(string results, string attributes = "") => $"""
        <Objective>
          <Name>Recycling</Name>
          <PerformanceIndicator {attributes}>
            <MeasurementDimension>Household waste recycled</MeasurementDimension>
            <UnitOfMeasurement>%</UnitOfMeasurement>
            <Identifier>m.recycling</Identifier>
            <MeasurementInstance>{results}</MeasurementInstance>
          </PerformanceIndicator>
        </Objective>
        """;

    public static string Result(string kind, string start, string end, string units) =>
        $"<{kind}><StartDate>{start}</StartDate><EndDate>{end}</EndDate><NumberOfUnits>{units}</NumberOfUnits></{kind}>";
}
