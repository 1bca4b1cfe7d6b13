using System.Text.Json;
using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>A risk's assessments: asOf, likelihood, impact, commentary (RSK-1).</summary>
internal sealed class AssessmentsConverter(int maxNameLength)
    : LeafArrayConverter<RiskAssessment, AssessmentsConverter.State>("a risk assessment", maxNameLength, "!asOf", "!likelihood", "!impact", "commentary")
{
    protected override void ReadMember(int member, ref Utf8JsonReader reader, JsonSerializerOptions options, ref State state)
    {
        switch (member)
        {
            case 0: state.AsOf = Value<LocalDate>(ref reader, options); break;
            case 1: state.Likelihood = Value<int>(ref reader, options); break;
            case 2: state.Impact = Value<int>(ref reader, options); break;
            default: state.Commentary = Value<string>(ref reader, options); break;
        }
    }

    protected override RiskAssessment Create(in State state, ExtensionMembers extensions) =>
        new() { AsOf = state.AsOf, Likelihood = state.Likelihood, Impact = state.Impact, Commentary = state.Commentary, Extensions = extensions };

    protected override void WriteMembers(Utf8JsonWriter writer, RiskAssessment item, JsonSerializerOptions options)
    {
        Write(writer, "asOf", item.AsOf, options);
        Write(writer, "likelihood", item.Likelihood, options);
        Write(writer, "impact", item.Impact, options);
        if (item.Commentary is { } commentary)
        {
            Write(writer, "commentary", commentary, options);
        }
    }

    protected override ExtensionMembers ExtensionsOf(RiskAssessment item) => item.Extensions;

    internal struct State
    {
        public LocalDate AsOf;
        public int Likelihood;
        public int Impact;
        public string? Commentary;
    }
}
