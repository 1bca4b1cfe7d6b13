using StrategicPlanning.Calendar;

namespace StrategicPlanning.Tests.Calendar;

/// <summary>Period labels of one kind and one calendar's style order in time; other comparisons are refused (CAL-2, CAL-3).</summary>
public class PeriodLabelOrderTests
{
    private static PeriodLabel L(string text) => PeriodLabel.Parse(text);

    [Fact]
    public void CAL2_quarters_order_across_years_and_Q4_comes_before_the_next_Q1()
    {
        var labels = new[] { L("2025/26 Q1"), L("2024/25 Q4"), L("2024/25 Q1"), L("2023/24 Q3") };

        labels.Order().Select(l => l.ToString()).Should().Equal("2023/24 Q3", "2024/25 Q1", "2024/25 Q4", "2025/26 Q1");
        (L("2024/25 Q4") < L("2025/26 Q1")).Should().BeTrue();
        (L("2024/25 Q4") >= L("2024/25 Q4")).Should().BeTrue();
        (L("2024/25 Q4") > L("2024/25 Q4")).Should().BeFalse();
    }

    [Fact]
    public void CAL3_years_and_months_order_too_and_equal_labels_compare_as_zero()
    {
        L("2023/24").CompareTo(L("2024/25")).Should().BeNegative();
        L("2024-12").CompareTo(L("2024-02")).Should().BePositive();
        L("2024 Q2").CompareTo(PeriodLabel.ForQuarter(2024, 2, calendarYearStyle: true)).Should().Be(0);
        default(PeriodLabel).CompareTo(default).Should().Be(0);
    }

    [Theory]
    [InlineData("2024/25", "2024/25 Q1")]
    [InlineData("2024/25 Q1", "2024-05")]
    [InlineData("2024/25", "2024")]
    [InlineData("2024/25 Q1", "2024 Q1")]
    public void CAL3_labels_of_different_kinds_or_calendars_cannot_be_ordered(string a, string b)
    {
        var compare = () => L(a).CompareTo(L(b));

        compare.Should().Throw<ArgumentException>().WithMessage($"'{a}' and '{b}' cannot be ordered*");
    }

    [Fact]
    public void A_label_compared_with_something_else_is_refused_and_null_comes_first()
    {
        var label = L("2024/25");

        label.CompareTo((object?)null).Should().BePositive();
        label.CompareTo((object)L("2025/26")).Should().BeNegative();
        label.Invoking(l => l.CompareTo((object)"2024/25")).Should().Throw<ArgumentException>();
    }
}
