using StrategicPlanning.Json;
using StrategicPlanning.Tests.Support;

namespace StrategicPlanning.Tests.Json;

/// <summary>
/// VAL-4 and JSN-1: the read limits and the write layout, as a new options object has them (not only the shared
/// defaults, which are built once per process) and at the edges of what each allows.
/// </summary>
public class OptionsTests
{
    [Fact]
    public void VAL4_a_new_options_object_has_the_documented_limits()
    {
        var options = new PlanReadOptions();

        (options.MaxDepth, options.MaxStringLength, options.MaxDocumentBytes).Should().Be((64, 1_048_576, 1_073_741_824L));
        options.Should().Be(PlanReadOptions.Default);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(PlanReadOptions.DepthCeiling)]
    public void VAL4_MaxDepth_may_be_from_1_to_the_ceiling(int depth) =>
        new PlanReadOptions { MaxDepth = depth }.MaxDepth.Should().Be(depth);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(PlanReadOptions.DepthCeiling + 1)]
    public void VAL4_MaxDepth_outside_1_to_the_ceiling_is_refused(int depth) =>
        FluentActions.Invoking(() => new PlanReadOptions { MaxDepth = depth }).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("MaxDepth must be from 1 to 1000, the depth to which documents can be written back.*").Which.ActualValue.Should().Be(depth);

    [Fact]
    public void VAL4_a_limit_of_one_byte_is_allowed_and_zero_is_refused()
    {
        var tight = new PlanReadOptions { MaxStringLength = 1, MaxDocumentBytes = 1 };

        (tight.MaxStringLength, tight.MaxDocumentBytes).Should().Be((1, 1L));
        FluentActions.Invoking(() => new PlanReadOptions { MaxStringLength = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The limit must be positive.*").Which.ActualValue.Should().Be(0);
        FluentActions.Invoking(() => new PlanReadOptions { MaxDocumentBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The limit must be positive.*").Which.ActualValue.Should().Be(0L);
    }

    [Fact]
    public void JSN1_a_new_layout_indents_with_two_spaces_and_the_compact_one_has_no_white_space()
    {
        var document = Samples.FormatExample();

        new PlanWriteOptions().Indented.Should().BeTrue();
        PlanJson.Write(document, new PlanWriteOptions()).Should().StartWith("{\n  \"schemaVersion\": \"1.0\",\n  \"organisation\": {\n    \"name\"");
        PlanJson.Write(document, PlanWriteOptions.Compact).Should().StartWith("{\"schemaVersion\":\"1.0\",\"organisation\":{\"name\"");
    }
}
