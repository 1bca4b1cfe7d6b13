using NodaTime;
using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>The shortcuts reading takes for speed give exactly what the full path gives (JSN-1, VAL-4).</summary>
public class ReadFastPathTests
{
    [Theory]
    [InlineData("2024-04-01", 2024, 4, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void JSN1_a_canonical_date_is_read_straight_from_its_bytes(string text, int year, int month, int day)
    {
        NodaTextConverter<LocalDate>.IsoDate(System.Text.Encoding.ASCII.GetBytes(text), out var date).Should().BeTrue();

        date.Should().Be(new LocalDate(year, month, day));
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-4-01")]
    [InlineData("0000-01-01")]
    [InlineData("2024-04-01T")]
    [InlineData("2024/04/01")]
    public void JSN1_anything_but_a_canonical_real_date_takes_the_full_path(string text)
    {
        NodaTextConverter<LocalDate>.IsoDate(System.Text.Encoding.ASCII.GetBytes(text), out _).Should().BeFalse();
    }

    [Fact]
    public void VAL4_an_impossible_date_still_gets_the_full_message_with_its_path()
    {
        var result = PlanJson.Read(Samples.FormatExampleNode().Also(d => d["plan"]!["start"] = "2023-02-29").ToJsonString());

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.plan.start");
        result.Errors[0].Message.Should().Contain("'2023-02-29' is not a date");
    }

    [Fact]
    public void JSN1_repeated_short_values_are_read_into_one_shared_string()
    {
        // The cache is lossy (a slot per hash, seeded per process), so a rare collision can cost a second copy: the
        // test asks that repeats are shared, not that every one is.
        var periods = Samples.DerbyPlan().Plan.Themes.SelectMany(t => t.Outcomes).SelectMany(o => o.Measures)
            .SelectMany(m => m.Actuals).Select(a => a.Period).ToList();

        var values = periods.Distinct(StringComparer.Ordinal).Count();
        var copies = periods.Distinct(ReferenceEqualityComparer.Instance).Count();

        periods.Count.Should().BeGreaterThan(200);
        copies.Should().BeLessThan(values * 2, "{0} actuals name {1} periods: repeats must share one string", periods.Count, values);
    }

    [Fact]
    public void JSN1_neighbouring_records_listing_the_same_ids_share_one_list_and_read_exactly()
    {
        var actions = """
            { "a": [
              { "outcomeIds": ["o1", "o2"] }, { "outcomeIds": ["o1", "o2"] }, { "outcomeIds": ["o1"] },
              { "outcomeIds": ["o1", "o3"] }, { "outcomeIds": ["o1", "o3"] }, { "outcomeIds": [] } ] }
            """;
        var document = Samples.FormatExampleNode().Also(d =>
        {
            var template = d["deliveryPlans"]![0]!["actions"]![0]!;
            var list = new System.Text.Json.Nodes.JsonArray();
            foreach (var (node, n) in System.Text.Json.Nodes.JsonNode.Parse(actions)!["a"]!.AsArray().Select((a, n) => (a, n)))
            {
                var action = template.DeepClone();
                action["id"] = "a.shared." + n;
                action["outcomeIds"] = node!["outcomeIds"]!.DeepClone();
                action.AsObject().Remove("milestones");
                list.Add(action);
            }

            d["deliveryPlans"]![0]!["actions"] = list;
        }).ToJsonString();

        var read = PlanJson.Read(document).Document!.DeliveryPlans[0].Actions.Select(a => a.OutcomeIds).ToList();

        read.Select(ids => string.Join(",", ids)).Should().Equal("o1,o2", "o1,o2", "o1", "o1,o3", "o1,o3", string.Empty);
        read[1].Should().BeSameAs(read[0]);
        read[4].Should().BeSameAs(read[3]);
        read[2].Should().NotBeSameAs(read[0]);
    }

    [Fact]
    public void JSN1_non_ASCII_and_escaped_text_is_read_exactly()
    {
        var text = Samples.FormatExampleNode().Also(d => d["plan"]!["title"] = "Plan for Bury St Edmunds – “2024”").ToJsonString();

        PlanJson.Parse(text).Plan.Title.Should().Be("Plan for Bury St Edmunds – “2024”");
        PlanJson.Parse(text.Replace("Plan for", "Plan\\u0020for", StringComparison.Ordinal)).Plan.Title.Should().Be("Plan for Bury St Edmunds – “2024”");
    }
}

internal static class JsonNodeExtensions
{
    public static T Also<T>(this T value, Action<T> change)
    {
        change(value);
        return value;
    }
}
