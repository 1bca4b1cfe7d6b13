using StrategicPlanning.Calendar;

namespace StrategicPlanning.Tests.Calendar;

/// <summary>
/// The calendar's guards, comparisons and messages that mutation testing found unchecked (issue 21): each test below
/// fails on one mutant Stryker.NET made of Calendar/ that the other tests let survive.
/// </summary>
public class CalendarGuardTests
{
    private static readonly ReportingCalendar April = ReportingCalendar.Default;
    private static readonly ReportingCalendar January = ReportingCalendar.StartingIn(1);

    [Theory]
    [InlineData(0)]
    [InlineData(9999)]
    public void CAL3_a_financial_year_starts_in_years_1_to_9998(int startYear)
    {
        FluentActions.Invoking(() => PeriodLabel.ForFinancialYear(startYear)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => PeriodLabel.ForQuarter(startYear, 1)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
        FluentActions.Invoking(() => PeriodLabel.ForMonth(startYear, 1)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("year");
    }

    [Fact]
    public void CAL3_the_first_and_last_years_are_labels()
    {
        PeriodLabel.ForFinancialYear(1).ToString().Should().Be("0001/02");
        PeriodLabel.ForFinancialYear(9998).ToString().Should().Be("9998/99");
        PeriodLabel.ForMonth(9998, 12).ToString().Should().Be("9998-12");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void CAL3_a_quarter_is_1_to_4(int quarter) =>
        FluentActions.Invoking(() => PeriodLabel.ForQuarter(2024, quarter)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("quarter");

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void CAL3_a_month_is_1_to_12(int month) =>
        FluentActions.Invoking(() => PeriodLabel.ForMonth(2024, month)).Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("month");

    [Fact]
    public void CAL3_a_month_has_no_year_style_and_equals_the_month_parsed_in_either_calendar()
    {
        var made = PeriodLabel.ForMonth(2024, 5);

        made.IsCalendarYearStyle.Should().BeFalse();
        made.Should().Be(April.Parse("2024-05")).And.Be(January.Parse("2024-05"));
    }

    [Fact]
    public void CAL3_labels_compare_by_time_with_each_operator()
    {
        var q1 = April.Parse("2024/25 Q1");
        var q2 = April.Parse("2024/25 Q2");
        var q1Again = April.Parse("2024/25 Q1");

        (q1 < q2, q1 < q1Again, q2 < q1).Should().Be((true, false, false));
        (q2 > q1, q1 > q1Again, q1 > q2).Should().Be((true, false, false));
        (q1 <= q2, q1 <= q1Again, q2 <= q1).Should().Be((true, true, false));
        (q2 >= q1, q1 >= q1Again, q1 >= q2).Should().Be((true, true, false));
    }

    [Fact]
    public void CAL3_a_label_compared_with_something_else_says_what_it_was()
    {
        FluentActions.Invoking(() => April.Parse("2024/25").CompareTo((object)"2024/25")).Should().Throw<ArgumentException>()
            .WithMessage("A period label cannot be compared with a String.*").Which.ParamName.Should().Be("obj");
        April.Parse("2024/25").CompareTo((object?)null).Should().Be(1);
    }

    [Theory]
    [InlineData("", "A period label is required: ")]
    [InlineData("2024/", "'2024/' is not a period label: the slash must be followed by the last two digits of the next year")]
    public void CAL3_an_unreadable_label_says_why(string text, string start)
    {
        April.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().StartWith(start);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    public void CAL3_a_missing_label_says_every_way_a_label_is_written(string? text)
    {
        PeriodLabel.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Be("A period label is required: a financial year is written '2024/25' (the start year, a slash, the last two digits of the next year), "
            + "a quarter '2024/25 Q1' (Q1 to Q4), a month '2024-05'; where the financial year is a calendar year, '2024' and '2024 Q1'.");
    }

    [Fact]
    public void CAL3_null_is_not_a_label_even_while_the_recent_labels_have_empty_slots()
    {
        // A fresh thread: its table of recent labels has one label and fifteen empty slots, whose text is null.
        var (parsed, nullParsed) = (false, true);
        var thread = new Thread(() =>
        {
            parsed = PeriodLabel.TryParse("2024/25 Q1", out _);
            nullParsed = PeriodLabel.TryParse(null, out _);
        });
        thread.Start();
        thread.Join();

        (parsed, nullParsed).Should().Be((true, false));
    }

    [Fact]
    public void A_label_parsed_is_remembered_by_its_string()
    {
        var text = new string("2023/24 Q2".AsSpan());
        PeriodLabel.TryParse(text, out var label).Should().BeTrue();

        RecentLabels.TryGet(text, out var found).Should().BeTrue();
        found.Should().Be(label);
    }

    [Fact]
    public void CAL3_parsing_null_is_an_argument_error_not_a_format_error() =>
        FluentActions.Invoking(() => April.Parse(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("text");

    [Theory]
    [InlineData(1, true)]
    [InlineData(12, true)]
    [InlineData(0, false)]
    [InlineData(13, false)]
    public void CAL1_a_year_starts_in_months_1_to_12(int month, bool valid) =>
        ReportingCalendar.IsStartMonth(month).Should().Be(valid);

    [Fact]
    public void CAL1_the_same_period_last_year_of_a_month_and_of_a_year()
    {
        April.SamePeriodLastYear(April.Parse("2024-05")).Should().Be(April.Parse("2023-05"));
        April.SamePeriodLastYear(April.Parse("2024/25")).Should().Be(April.Parse("2023/24"));
        April.SamePeriodLastYear(April.Parse("2024/25 Q3")).Should().Be(April.Parse("2023/24 Q3"));
    }

    [Fact]
    public void CAL3_a_default_label_is_refused_by_every_calendar_operation()
    {
        foreach (var operation in new Action[] { () => April.StartOf(default), () => April.EndOf(default), () => April.Next(default), () => April.Previous(default) })
        {
            operation.Should().Throw<ArgumentException>().WithMessage("The label is default(PeriodLabel), not a period.*").Which.ParamName.Should().Be("label");
        }
    }

    [Fact]
    public void CAL3_a_label_in_the_other_style_is_refused_with_how_to_write_it()
    {
        var calendarStyleQuarter = January.Parse("2024 Q2");
        var calendarStyleYear = January.Parse("2024");

        FluentActions.Invoking(() => April.StartOf(calendarStyleQuarter)).Should().Throw<ArgumentException>().WithMessage(
            "'2024 Q2' is written for a calendar-year financial year, but this calendar's year starts in month 4 (CAL-3): write '2024/25' with ' Q2'.*");
        FluentActions.Invoking(() => April.Next(calendarStyleYear)).Should().Throw<ArgumentException>().WithMessage(
            "'2024' is written for a calendar-year financial year, but this calendar's year starts in month 4 (CAL-3): write '2024/25'. *");
    }

    [Fact]
    public void CAL3_latest_closed_refuses_a_kind_that_is_not_a_period() =>
        FluentActions.Invoking(() => April.LatestClosed((PeriodKind)99, new NodaTime.LocalDate(2025, 3, 31))).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The kind must be a financial year, a quarter or a month.*").Which.ParamName.Should().Be("kind");

    [Fact]
    public void A_label_parsed_a_moment_ago_is_found_again_by_reference_only()
    {
        var text = new string("2024/25 Q4".AsSpan());
        var label = April.Parse("2024/25 Q4");
        RecentLabels.Remember(text, label);

        RecentLabels.TryGet(text, out var found).Should().BeTrue();
        found.Should().Be(label);
        RecentLabels.TryGet(new string("2024/25 Q4".AsSpan()), out _).Should().BeFalse("another string with the same text is not the one remembered");
    }

    [Fact]
    public void A_label_is_spelled_by_its_own_text_only()
    {
        var year = April.Parse("2024/25");

        (year.IsSpelledBy("2024/25"), year.IsSpelledBy("2024/26"), year.IsSpelledBy("2024/25 ")).Should().Be((true, false, false));
        default(PeriodLabel).IsSpelledBy(string.Empty).Should().BeFalse("a default label is no period, so nothing spells it");
    }

    [Theory]
    [InlineData("9998/99", true)]
    [InlineData("9998", true)]
    [InlineData("9999/00", false)]
    [InlineData("0001/02", true)]
    [InlineData("0000/01", false)]
    public void CAL3_labels_are_read_for_years_1_to_9998(string text, bool read) =>
        PeriodLabel.TryParse(text, out _).Should().Be(read);

    [Fact]
    public void The_recent_labels_keep_more_than_the_last_one()
    {
        var (first, second) = (new string("2022/23".AsSpan()), new string("2023/24".AsSpan()));
        var found = false;
        var thread = new Thread(() =>
        {
            RecentLabels.Remember(first, April.Parse("2022/23"));
            RecentLabels.Remember(second, April.Parse("2023/24"));
            found = RecentLabels.TryGet(first, out _);
        });
        thread.Start();
        thread.Join();

        found.Should().BeTrue();
    }

    [Fact]
    public void A_default_label_formats_as_nothing()
    {
        default(PeriodLabel).TryFormat(Span<char>.Empty, out var written).Should().BeTrue();
        written.Should().Be(0);
    }
}
