using System.Reflection;
using NodaTime;
using StrategicPlanning.Model;
using StrategicPlanning.Validation;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// Every rule family has the same front door (docs/architecture.md): one public static class <c>{Family}Rules</c> in
/// its namespace, with one public method, <c>Evaluate(document, as-of date where the family needs one, options where it
/// has them)</c>, returning <see cref="RuleResult{T}"/>: the value or the validation errors that stopped it.
/// </summary>
public class FrontDoorTests
{
    public static TheoryData<string> Families() => [.. Layers.RuleFamilies];

    [Theory]
    [MemberData(nameof(Families))]
    public void The_family_has_one_front_door_named_after_it(string family)
    {
        var doors = Layers.Library.GetExportedTypes()
            .Where(t => t.Namespace == Layers.Full(family) && t.Name.EndsWith("Rules", StringComparison.Ordinal))
            .ToList();

        doors.Should().ContainSingle().Which.Name.Should().Be(Singular(family) + "Rules");
        doors[0].IsAbstract.Should().BeTrue();
        doors[0].IsSealed.Should().BeTrue("a front door is a static class");
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void The_front_door_is_Evaluate_of_document_date_and_options_returning_a_rule_result(string family)
    {
        var door = Layers.Library.GetType(Layers.Full(family) + "." + Singular(family) + "Rules", throwOnError: true)!;
        var methods = door.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly);

        var evaluate = methods.Should().ContainSingle().Which;
        evaluate.Name.Should().Be("Evaluate");
        evaluate.ReturnType.GetGenericTypeDefinition().Should().Be(typeof(RuleResult<>));
        var parameters = evaluate.GetParameters();
        parameters[0].ParameterType.Should().Be<PlanDocument>();
        parameters[0].Name.Should().Be("document");
        if (parameters.Length > 1 && parameters[1].ParameterType == typeof(LocalDate))
        {
            parameters[1].Name.Should().Be("asOf");
        }

        var rest = parameters.Skip(1).SkipWhile(p => p.ParameterType == typeof(LocalDate)).ToList();
        rest.Should().HaveCountLessThanOrEqualTo(1);
        foreach (var options in rest)
        {
            (options.Name, options.IsOptional).Should().Be(("options", true), "options come last and may be left out");
        }
    }

    [Fact]
    public void No_family_keeps_a_result_type_of_its_own_for_value_or_errors()
    {
        var results = Layers.Library.GetExportedTypes()
            .Where(t => Layers.RuleFamilies.Contains(Layers.NamespaceOf(t)) && t.GetProperty("Errors") is not null)
            .Select(t => t.FullName);

        results.Should().BeEmpty("the one value-or-errors shape is RuleResult<T>");
    }

    private static string Singular(string family) => family switch
    {
        "Measures" => "Measure",
        "Risks" => "Risk",
        "Reviews" => "Review",
        _ => family,
    };
}
