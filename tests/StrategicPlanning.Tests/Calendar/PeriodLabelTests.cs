using StrategicPlanning.Calendar;

namespace StrategicPlanning.Tests.Calendar;

public class PeriodLabelTests
{
    [Theory]
    [InlineData("2024/25", PeriodKind.FinancialYear, 2024, 0, 0, false)]
    [InlineData("2099/00", PeriodKind.FinancialYear, 2099, 0, 0, false)]
    [InlineData("2024/25 Q1", PeriodKind.Quarter, 2024, 1, 0, false)]
    [InlineData("2024/25 Q4", PeriodKind.Quarter, 2024, 4, 0, false)]
    [InlineData("2024-05", PeriodKind.Month, 2024, 0, 5, false)]
    [InlineData("2024-12", PeriodKind.Month, 2024, 0, 12, false)]
    [InlineData("2024", PeriodKind.FinancialYear, 2024, 0, 0, true)]
    [InlineData("2024 Q3", PeriodKind.Quarter, 2024, 3, 0, true)]
    public void CAL3_valid_labels_parse_and_format_back_exactly(string text, PeriodKind kind, int year, int quarter, int month, bool calendarStyle)
    {
        var label = PeriodLabel.Parse(text);

        label.Kind.Should().Be(kind);
        label.Year.Should().Be(year);
        label.Quarter.Should().Be(quarter);
        label.Month.Should().Be(month);
        label.IsCalendarYearStyle.Should().Be(calendarStyle);
        label.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("2024/26", "must be '25'")]
    [InlineData("2099/99", "must be '00'")]
    [InlineData("2024/25 Q5", "Q1' to ' Q4'")]
    [InlineData("2024/25 q1", "Q1' to ' Q4'")]
    [InlineData("2024/25Q1", "Q1' to ' Q4'")]
    [InlineData("2024-13", "01 to 12")]
    [InlineData("2024-5", "01 to 12")]
    [InlineData("24/25", "four-digit year")]
    [InlineData("FY2024/25", "four-digit year")]
    [InlineData("Quarter 1 2024/25", "four-digit year")]
    [InlineData("0000/01", "four-digit year from 0001")]
    [InlineData("", "is required")]
    [InlineData(" 2024/25", "four-digit year")]
    [InlineData("2024/25 ", "Q1' to ' Q4'")]
    public void CAL3_anything_else_is_refused_with_a_message_saying_what_is_allowed(string text, string reason)
    {
        PeriodLabel.TryParse(text, out _, out var error).Should().BeFalse();

        error.Should().Contain(reason).And.Contain("'2024/25 Q1'");
        var parse = () => PeriodLabel.Parse(text);
        parse.Should().Throw<FormatException>().WithMessage("*" + reason + "*");
    }

    [Fact]
    public void CAL3_null_is_refused_by_TryParse_and_Parse_throws_ArgumentNullException()
    {
        PeriodLabel.TryParse(null, out _).Should().BeFalse();
        var parse = () => PeriodLabel.Parse(null!);
        parse.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void CAL3_factories_build_the_labels_they_name()
    {
        PeriodLabel.ForFinancialYear(2024).ToString().Should().Be("2024/25");
        PeriodLabel.ForFinancialYear(2024, calendarYearStyle: true).ToString().Should().Be("2024");
        PeriodLabel.ForQuarter(2024, 3).ToString().Should().Be("2024/25 Q3");
        PeriodLabel.ForMonth(2025, 1).ToString().Should().Be("2025-01");
        var badQuarter = () => PeriodLabel.ForQuarter(2024, 5);
        badQuarter.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Labels_are_values_equal_by_content()
    {
        PeriodLabel.Parse("2024/25 Q1").Should().Be(PeriodLabel.ForQuarter(2024, 1));
        (PeriodLabel.Parse("2024/25") == PeriodLabel.Parse("2024")).Should().BeFalse();
        (PeriodLabel.Parse("2024-05") != PeriodLabel.Parse("2024-06")).Should().BeTrue();
        default(PeriodLabel).ToString().Should().BeEmpty();
    }
}

public class PeriodLabelSpellingTests
{
    [Fact]
    public void CAL3_a_text_spells_a_label_exactly_when_it_parses_to_it()
    {
        var labels = new[] { "2024/25", "2099/00", "2024/25 Q3", "2024", "2024 Q1", "2024-05", "0001-01" }.Select(PeriodLabel.Parse).ToList();
        var texts = new[] { "2024/25", "2024/26", "2024/25 Q3", "2024/25 q3", "2024", "2024 Q1", "2024-05", "2024-5", "", "2099/00", "0001-01", " 2024" };

        Span<char> buffer = stackalloc char[PeriodLabel.MaxLength];
        foreach (var label in labels)
        {
            label.TryFormat(buffer, out var written).Should().BeTrue();
            new string(buffer[..written]).Should().Be(label.ToString());
            foreach (var text in texts)
            {
                var parses = PeriodLabel.TryParse(text, out var parsed) && parsed == label;
                label.IsSpelledBy(text).Should().Be(parses, "'{0}' against {1}", text, label);
            }
        }
    }

    [Fact]
    public void CAL3_formatting_into_too_small_a_buffer_fails_cleanly()
    {
        Span<char> small = stackalloc char[6];

        PeriodLabel.Parse("2024/25 Q1").TryFormat(small, out var written).Should().BeFalse();
        written.Should().Be(0);
    }
}
