
namespace StrategicPlanning.Spreadsheets.Tests.Import;

/// <summary>Cells read the way people type them, into exact decimals and dates.</summary>
public sealed class CellReadingTests
{
    [Theory]
    [InlineData("0.1", "0.1")]
    [InlineData("0.30000000000000004", "0.3")]
    [InlineData("118.7", "118.7")]
    [InlineData("41.499999999999993", "41.5")]
    [InlineData("1234567.8899999999", "1234567.89")]
    [InlineData("1E-3", "0.001")]
    [InlineData("-2.5", "-2.5")]
    public void A_number_cell_is_read_from_its_digits_to_the_15_significant_digits_Excel_keeps(string stored, string expected)
    {
        CellReading.TryNumber(new GridCell(CellKind.Number, stored, false), percentUnit: false, out var value, out _).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);
    }

    [Theory]
    [InlineData("1,234", false, "1234")]
    [InlineData(" 12 ", false, "12")]
    [InlineData("\u00a012.5\u00a0", false, "12.5")]
    [InlineData("1,234,567.25", false, "1234567.25")]
    [InlineData("42%", true, "42")]
    [InlineData("42%", false, "0.42")]
    [InlineData("\u22123", false, "-3")]
    public void A_number_typed_as_text_is_read(string text, bool percentUnit, string expected)
    {
        CellReading.TryNumber(new GridCell(CellKind.Text, text, false), percentUnit, out var value, out _).Should().BeTrue();
        value.Should().Be(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_percentage_cell_is_read_as_the_unit_says()
    {
        var cell = new GridCell(CellKind.Number, "0.42", Percent: true);
        CellReading.TryNumber(cell, percentUnit: true, out var percent, out _).Should().BeTrue();
        percent.Should().Be(42m);
        CellReading.TryNumber(cell, percentUnit: false, out var fraction, out _).Should().BeTrue();
        fraction.Should().Be(0.42m);
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("12,34")]
    [InlineData("1.2.3")]
    [InlineData("£12")]
    public void Text_that_is_not_a_number_is_refused_with_what_to_do(string text)
    {
        CellReading.TryNumber(new GridCell(CellKind.Text, text, false), false, out _, out var error).Should().BeFalse();
        error.Should().StartWith($"'{text}' is not a number; ").And.EndWith("leave it blank for no data.");
    }

    [Theory]
    [InlineData(nameof(CellKind.Number), "45657", false, "2024-12-31")]
    [InlineData(nameof(CellKind.Number), "45657.75", false, "2024-12-31")]
    [InlineData(nameof(CellKind.Number), "44195", true, "2024-12-31")]
    [InlineData(nameof(CellKind.Number), "59", false, "1900-02-28")]
    [InlineData(nameof(CellKind.Number), "61", false, "1900-03-01")]
    [InlineData(nameof(CellKind.Date), "2024-12-31T00:00:00", false, "2024-12-31")]
    [InlineData(nameof(CellKind.Text), "2024-12-31", false, "2024-12-31")]
    [InlineData(nameof(CellKind.Text), "31/12/2024", false, "2024-12-31")]
    [InlineData(nameof(CellKind.Text), "1/2/2025", false, "2025-02-01")]
    [InlineData(nameof(CellKind.Text), "31 December 2024", false, "2024-12-31")]
    [InlineData(nameof(CellKind.Text), "31 Dec 2024", false, "2024-12-31")]
    public void Dates_are_read_as_serial_numbers_in_either_date_system_ISO_cells_or_text(string kind, string text, bool date1904, string expected)
    {
        CellReading.TryDate(new GridCell(Enum.Parse<CellKind>(kind), text, false), date1904, out var date, out var error).Should().BeTrue(error);
        date.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value);
    }

    [Theory]
    [InlineData("12/31/2024")]
    [InlineData("soon")]
    public void Text_that_is_not_a_date_is_refused_with_the_form_to_use(string text)
    {
        CellReading.TryDate(new GridCell(CellKind.Text, text, false), false, out _, out var error).Should().BeFalse();
        error.Should().Be($"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2024-12-31.");
    }

    [Fact]
    public void Status_words_are_read_however_they_are_written()
    {
        string[] words = ["On track", "on-track", "ONTRACK", "onTrack", "On Track "];
        words.Select(StatusWords.Parse).Should().AllBeEquivalentTo(Model.ActionStatus.OnTrack);
        StatusWords.Parse("Complete").Should().Be(Model.ActionStatus.Completed);
        StatusWords.Parse("sort of").Should().BeNull();
    }
}
