using System.Text.Json;
using System.Text.Json.Serialization;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// Picks the converter of each <see cref="LeafArray{T}"/>. Named on the type itself, so the source generator
/// leaves these arrays to hand-written code; the member-name limit is the one the options' strings have.
/// </summary>
internal sealed class LeafArrayConverterFactory : JsonConverterFactory
{
    /// <inheritdoc />
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(LeafArray<>);

    /// <inheritdoc />
    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var limit = options.Converters.OfType<BoundedStringConverter>().FirstOrDefault()?.MaxLength ?? PlanReadOptions.Default.MaxStringLength;
        var element = typeToConvert.GetGenericArguments()[0];
        return element == typeof(Measure) ? new MeasuresConverter(limit)
            : element == typeof(DeliveryAction) ? new ActionsConverter(limit)
            : element == typeof(MeasureActual) ? new ActualsConverter(limit)
            : element == typeof(MeasureTarget) ? new TargetsConverter(limit)
            : element == typeof(Milestone) ? new MilestonesConverter(limit)
            : element == typeof(ActionUpdate) ? new UpdatesConverter(limit)
            : element == typeof(AnnualAmount) ? new AmountsConverter(limit)
            : element == typeof(FundingAllocation) ? new AllocationsConverter(limit)
            : element == typeof(RiskAssessment) ? new AssessmentsConverter(limit)
            : throw new NotSupportedException($"No converter reads arrays of {element.Name}.");
    }
}
