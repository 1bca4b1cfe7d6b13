using System.Text.Json.Nodes;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>VAL-4: bad input gives errors saying what was wrong, where (path, line, column) and what is allowed.</summary>
public class ReadErrorTests
{
    [Fact]
    public void Every_missing_required_member_is_reported_with_its_path_at_once()
    {
        var node = Samples.FormatExampleNode();
        node.Measure().Remove("polarity");
        node.Measure().Remove("frequency");
        node.Action().Remove("due");
        node.Risk()["inherent"] = null;

        var result = PlanJson.Read(Samples.Indented(node));

        result.Succeeded.Should().BeFalse();
        result.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.plan.themes[0].outcomes[0].measures[0].polarity",
            "$.plan.themes[0].outcomes[0].measures[0].frequency",
            "$.deliveryPlans[0].actions[0].due",
            "$.riskRegister.risks[0].inherent");
        result.Errors[0].Message.Should().Be("'polarity' is required for a measure but is missing or null.");
        result.Errors.Should().OnlyContain(e => e.Location != null && e.Location.Value.Line > 1);
    }

    [Fact]
    public void A_missing_member_is_placed_at_the_object_that_lacks_it()
    {
        var text = "{\n  \"schemaVersion\": \"1.0\",\n  \"plan\": {\n    \"id\": \"p\", \"title\": \"t\", \"end\": \"2025-03-31\", \"themes\": []\n  }\n}";

        var error = PlanJson.Read(text).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.start");
        error.Location.Should().Be(new JsonLocation(3, 11));
        error.ToString().Should().StartWith("line 3, column 11, $.plan.start: 'start' is required");
    }

    [Theory]
    [InlineData("polarity", "\"higher\"", "'higher' is not allowed here; use one of 'higherIsBetter', 'lowerIsBetter', 'targetIsBest'.")]
    [InlineData("polarity", "1", "Expected one of 'higherIsBetter', 'lowerIsBetter', 'targetIsBest', found a number.")]
    [InlineData("title", "42", "Expected a string, found a number.")]
    [InlineData("weight", "\"1\"", "Expected a number, found a string.")]
    [InlineData("weight", "1e400", "The number cannot be held exactly as a decimal")]
    [InlineData("mustDo", "\"yes\"", "Expected true or false, found a string.")]
    [InlineData("targets", "{}", "Expected an array, found an object.")]
    [InlineData("tolerance", "[]", "Expected an object, found an array.")]
    public void Wrong_values_are_named_with_what_is_allowed(string member, string json, string message)
    {
        var node = Samples.FormatExampleNode();
        node.Measure()[member] = JsonNode.Parse(json);

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.plan.themes[0].outcomes[0].measures[0]." + member);
        error.Message.Should().StartWith(message);
        error.Location.Should().NotBeNull();
    }

    [Theory]
    [InlineData("start", "\"2024-02-30\"", "'2024-02-30' is not a date: write a calendar date as \"YYYY-MM-DD\"")]
    [InlineData("start", "\"31/03/2025\"", "'31/03/2025' is not a date")]
    [InlineData("start", "20240401", "Expected a date written \"YYYY-MM-DD\", found a number.")]
    public void Dates_must_be_calendar_dates(string member, string json, string message)
    {
        var node = Samples.FormatExampleNode();
        node.Action()[member] = JsonNode.Parse(json);

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.deliveryPlans[0].actions[0]." + member);
        error.Message.Should().StartWith(message);
    }

    [Fact]
    public void Durations_must_be_ISO_periods()
    {
        var node = Samples.FormatExampleNode();
        node["reviews"]!["cadence"] = "3 months";

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.reviews.cadence");
        error.Message.Should().Be("'3 months' is not a duration: write an ISO-8601 period such as \"P3M\" (three months), \"P1Y\" or \"P14D\".");
    }

    [Fact]
    public void Likelihood_must_be_a_whole_number()
    {
        var node = Samples.FormatExampleNode();
        node.Risk()["inherent"]!["likelihood"] = 2.5m;

        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("$.riskRegister.risks[0].inherent.likelihood");
        error.Message.Should().StartWith("Expected a whole number");
    }

    [Fact]
    public void A_null_array_element_is_an_error_not_a_silent_drop()
    {
        var node = Samples.FormatExampleNode();
        node["plan"]!["themes"]!.AsArray().Add(null);
        node.Action()["outcomeIds"]!.AsArray().Add(null);

        var errors = PlanJson.Read(node.ToJsonString()).Errors;

        errors.Select(e => (e.Path, e.Message)).Should().BeEquivalentTo(new[]
        {
            ("$.plan.themes[1]", "Expected an object, found null."),
            ("$.deliveryPlans[0].actions[0].outcomeIds[1]", "Expected a string, found null."),
        });
    }

    [Fact]
    public void JSN1_schemaVersion_is_required_and_another_major_version_is_refused()
    {
        var node = Samples.FormatExampleNode();
        node.Remove("schemaVersion");
        PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Which.Path.Should().Be("$.schemaVersion");

        node["schemaVersion"] = "2.0";
        var error = PlanJson.Read(node.ToJsonString()).Errors.Should().ContainSingle().Subject;
        (error.Path, error.Message).Should().Be(("$.schemaVersion", "schemaVersion '2.0' is not supported: this library reads format 1.x (JSN-1). Upgrade the library to read this document."));

        node["schemaVersion"] = "1.3";
        PlanJson.Read(node.ToJsonString()).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Optional_members_accept_null_as_absent()
    {
        var node = Samples.FormatExampleNode();
        node["plan"]!["mission"] = null;
        node["deliveryPlans"] = null;
        node.Measure()["tolerance"] = null;
        node.Risk()["reviewEvery"] = null;

        var document = PlanJson.Parse(node.ToJsonString());

        document.DeliveryPlans.Should().BeEmpty();
        document.Plan.Themes[0].Outcomes[0].Measures[0].Tolerance.Should().BeNull();
    }

    [Fact]
    public void The_throwing_convenience_lists_every_error()
    {
        var node = Samples.FormatExampleNode();
        node.Measure().Remove("polarity");
        node.Action().Remove("due");

        var act = () => PlanJson.Parse(node.ToJsonString());

        var thrown = act.Should().Throw<PlanJsonException>().Which;
        thrown.Errors.Should().HaveCount(2);
        thrown.Message.Should().Contain("2 errors").And.Contain("polarity").And.Contain("due");
    }
}
