using StrategicPlanning.Json;
using StrategicPlanning.Model;

namespace StrategicPlanning.Spreadsheets.Tests.Export;

/// <summary>
/// A small plan whose open data rows are worked out by hand in the tests: a quarterly measure with a gap and an actual
/// after the date, a monthly data-only measure with negative and long decimals, two actions (one at risk, one overdue)
/// and a threat outside appetite. Its texts start like formulas, hold commas, quotes and line breaks, on purpose.
/// </summary>
internal static class SmallPlan
{
    public const string Json = """
        {
          "schemaVersion": "1.0",
          "calendar": { "yearStartMonth": 4 },
          "plan": {
            "id": "p", "title": "Small plan", "start": "2024-04-01", "end": "2027-03-31",
            "themes": [ {
              "id": "t1", "name": "Money, and \"quotes\"",
              "outcomes": [ {
                "id": "o1", "title": "=HYPERLINK(\"http://example.org\",\"x\")",
                "measures": [
                  {
                    "id": "m1", "code": "M1", "title": "Net spend", "unit": "£k", "polarity": "lowerIsBetter", "frequency": "quarterly",
                    "tolerance": { "amberWithin": 10, "greenWithin": 0, "kind": "absolute" },
                    "targets": [ { "period": "2024/25", "value": 100 } ],
                    "actuals": [
                      { "period": "2024/25 Q1", "value": 90, "note": "-5 on plan" },
                      { "period": "2024/25 Q3", "value": 1234567.50, "note": "Line one\nline two" },
                      { "period": "2024/25 Q4", "value": 50 }
                    ]
                  },
                  {
                    "id": "m2", "title": "-Temperature", "unit": "°C", "polarity": "higherIsBetter", "frequency": "monthly",
                    "actuals": [
                      { "period": "2024-10", "value": -3.5 },
                      { "period": "2024-11", "value": -3.5 },
                      { "period": "2024-12", "value": 0.1234567890123 }
                    ]
                  }
                ]
              } ]
            } ]
          },
          "deliveryPlans": [ {
            "id": "dp", "title": "Delivery plan", "year": "2024/25",
            "actions": [
              {
                "id": "a1", "title": "@SUM(1+1)*cmd", "outcomeIds": [ "o1" ], "owner": "+44 1332 123456",
                "start": "2024-04-01", "due": "2025-03-31", "mustDo": true,
                "updates": [ { "asOf": "2024-09-30", "status": "atRisk", "percentComplete": 40, "commentary": "Behind, see note" } ]
              },
              { "id": "a2", "title": "Late one", "outcomeIds": [ "o1" ], "start": "2024-06-01", "due": "2024-11-30", "weight": 2.5 }
            ]
          } ],
          "riskRegister": {
            "matrix": { "likelihoodLevels": 5, "impactLevels": 5, "bands": [
              { "from": 1, "name": "Low", "rag": "green" }, { "from": 8, "name": "Medium", "rag": "amber" }, { "from": 15, "name": "High", "rag": "red" } ] },
            "appetite": [ { "category": "financial", "maxScore": 12 } ],
            "risks": [ {
              "id": "r1", "title": "Budget gap", "kind": "threat", "category": "financial", "owner": "\tTab owner",
              "themeIds": [ "t1" ], "outcomeIds": [ "o1" ],
              "inherent": { "likelihood": 4, "impact": 5 }, "target": { "likelihood": 2, "impact": 3 },
              "assessments": [ { "asOf": "2024-06-30", "likelihood": 3, "impact": 4 }, { "asOf": "2024-11-30", "likelihood": 4, "impact": 4 } ],
              "mitigationActionIds": [ "a1", "a2" ]
            } ]
          }
        }
        """;

    public static PlanDocument Document { get; } = PlanJson.Parse(Json);
}
