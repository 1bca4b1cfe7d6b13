using System.Text;
using System.Text.Json;
using StrategicPlanning.Core;
using StrategicPlanning.Json;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// VAL-1 and VAL-4 through record tables built in the test. The library builds each table once per process, so a
/// mistake in how a table works out its required, expected and checked-when-complete members, or its report order,
/// would be seen by whichever test built it first; these build their own and read with it.
/// </summary>
public class FreshRecordTableTests
{
    private static (T? Record, List<(string Path, string Message)> Errors) ReadWith<T, TState>(Record<T, TState> table, string json)
        where T : class
        where TState : struct
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        ReadProblems? problems = null;
        var record = table.ReadObject(ref reader, PlanJsonContext.Create(PlanReadOptions.Default).Options, ref problems);
        return (record, problems?.ToErrors("$") ?? []);
    }

    private static string Missing(string member, string owner) => $"'{member}' is required for {owner} but is missing or null.";

    [Fact]
    public void VAL1_a_record_missing_its_required_members_is_not_made_and_each_is_reported_in_the_tables_order()
    {
        var (plan, errors) = ReadWith(new DeliveryPlanRecord(), "{\"approved\":\"2024-04-01\"}");

        plan.Should().BeNull();
        errors.Should().Equal(
            ("$.id", Missing("id", "a delivery plan")),
            ("$.title", Missing("title", "a delivery plan")),
            ("$.year", Missing("year", "a delivery plan")));
    }

    [Fact]
    public void VAL1_a_record_with_its_required_members_is_made_and_its_defaulted_members_are_not_asked_for()
    {
        var (plan, errors) = ReadWith(new DeliveryPlanRecord(), "{\"id\":\"dp\",\"title\":\"Delivery Plan\",\"year\":\"2024/25\"}");

        errors.Should().BeEmpty();
        (plan!.Id, plan.Title, plan.Year, plan.Approved, plan.Actions.Count).Should().Be(("dp", "Delivery Plan", "2024/25", (NodaTime.LocalDate?)null, 0));
    }

    [Fact]
    public void VAL1_a_record_missing_any_one_required_member_is_not_made()
    {
        var (plan, errors) = ReadWith(new DeliveryPlanRecord(), "{\"id\":\"dp\",\"title\":\"Delivery Plan\"}");

        plan.Should().BeNull();
        errors.Should().Equal(("$.year", Missing("year", "a delivery plan")));
    }

    [Fact]
    public void VAL1_a_null_in_a_list_of_ids_is_reported_only_for_an_otherwise_complete_record()
    {
        var incomplete = ReadWith(new ListRecord(), "{\"ids\":[\"a\",null]}");
        var complete = ReadWith(new ListRecord(), "{\"id\":\"x\",\"ids\":[\"a\",null]}");

        incomplete.Errors.Should().Equal(("$.id", Missing("id", "a list record")));
        complete.Errors.Should().Equal(("$.ids[1]", "Expected a string, found null."));
    }

    [Fact]
    public void VAL1_an_expected_member_is_reported_missing_but_the_record_is_still_made()
    {
        // The document's plan is expected, not required: its absence is reported, and the document is made all the
        // same so that everything else in it is reported too (it is never returned).
        var (document, errors) = ReadWith(new DocumentRecord(), "{\"schemaVersion\":\"1.0\"}");

        document.Should().NotBeNull();
        errors.Should().Equal(("$.plan", Missing("plan", "the document")));
    }

    [Fact]
    public void VAL1_the_documents_problems_come_in_its_report_order_not_its_writing_order()
    {
        // Written order: schemaVersion, organisation, currency, calendar, plan, deliveryPlans, ...; reported order:
        // schemaVersion, plan, then the rest. A delivery plan's problems come after the missing plan either way; an
        // unknown member name over the limit in the organisation tells the two orders apart.
        var longName = new string('n', PlanReadOptions.Default.MaxStringLength + 1);
        var (_, errors) = ReadWith(new DocumentRecord(), $"{{\"organisation\":{{\"{longName}\":1}},\"deliveryPlans\":[null]}}");

        errors.Select(e => e.Path).Should().Equal("$.schemaVersion", "$.plan", "$.organisation", "$.deliveryPlans[0]");
    }

    [Fact]
    public void VAL1_problems_inside_a_checked_when_complete_member_wait_for_the_record_to_be_complete()
    {
        // A plan's values are checked only once the plan has its required members: an incomplete plan reports what
        // it lacks, not the null value; a complete one reports the null value after its other members' problems.
        var incomplete = ReadWith(new PlanRecord(), "{\"values\":[null],\"themes\":[]}");
        var complete = ReadWith(new PlanRecord(), "{\"id\":\"p\",\"title\":\"t\",\"start\":\"2024-04-01\",\"end\":\"2025-03-31\",\"values\":[null],\"themes\":[null]}");

        incomplete.Errors.Select(e => e.Path).Should().Equal("$.id", "$.title", "$.start", "$.end");
        incomplete.Record.Should().BeNull();
        complete.Errors.Should().Equal(
            ("$.themes[0]", "Expected an object, found null."),
            ("$.values[0]", "Expected an object, found null."));
    }

    [Fact]
    public void A_record_has_at_most_64_members_one_bit_each()
    {
        var widest = new WideRecord(64);
        var tooWide = () => new WideRecord(65);

        ReadWith(widest, "{\"m63\":\"x\"}").Record.Should().Be("m63=x");
        tooWide.Should().Throw<ArgumentException>().WithMessage("A record has at most 64 members. (Parameter 'members')");
    }

    /// <summary>A record of <c>width</c> optional texts m0, m1, …; made as "name=value" of the last one read.</summary>
    private sealed class WideRecord(int width) : Record<string, WideRecord.State>("a wide record", MembersOf(width))
    {
        protected override string Create(ref State state, ExtensionMembers extensions) => state.Last ?? "none";

        protected override ExtensionMembers ExtensionsOf(string record) => ExtensionMembers.Empty;

        private static RecordMember<string, State>[] MembersOf(int width) =>
            [.. Enumerable.Range(0, width).Select(i => Optional($"m{i}", (ref State s, string v) => s.Last = $"m{i}={v}", static _ => null))];

        internal struct State
        {
            public string? Last;
        }
    }

    /// <summary>A record of a required id and a list of ids, made as the id followed by the ids.</summary>
    private sealed class ListRecord() : Record<string, ListRecord.State>("a list record", MembersOf())
    {
        protected override string Create(ref State state, ExtensionMembers extensions) => string.Join(',', [state.Id, .. state.Ids ?? []]);

        protected override ExtensionMembers ExtensionsOf(string record) => ExtensionMembers.Empty;

        private static RecordMember<string, State>[] MembersOf() =>
        [
            Value("id", Required, static (ref State s, string v) => s.Id = v, static r => r),
            Texts("ids", Defaulted, static (ref State s, ValueList<string> v) => s.Ids = v, static _ => []),
        ];

        internal struct State
        {
            public string? Id;
            public ValueList<string>? Ids;
        }
    }
}
