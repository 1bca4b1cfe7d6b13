using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// Every public type of the model and of the rules' results is immutable, as its documentation says: no setter but
/// <c>init</c>, every field readonly (compiler-made backing fields included), and no mutable collection handed out.
/// The check NodaTime makes of its own types, by reflection, so a new setter cannot slip in unnoticed.
/// </summary>
public class ImmutabilityTests
{
    private const BindingFlags Everything = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    public static TheoryData<Type> ValueTypes() => [.. Checked()];

    [Fact]
    public void The_check_sees_the_model_and_every_family_result()
    {
        var names = Checked().Select(t => t.Name).ToList();

        names.Should().Contain(["PlanDocument", "Measure", "Risk", "ReviewCycle", "Scorecard", "ScoreNode", "ReviewReport", "RiskProfile",
            "HeatMap", "AlignmentReport", "MeasureReport", "DeliveryReport", "ValidationResult", "PeriodLabel", "RuleResult`1"]);
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Has_no_setter_but_init(Type type)
    {
        var setters = type.GetProperties(Everything)
            .Where(p => p.SetMethod is { } set && !IsInitOnly(set))
            .Select(p => p.Name);

        setters.Should().BeEmpty($"{type.Name} is documented as immutable");
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Has_only_readonly_fields(Type type)
    {
        var fields = Hierarchy(type)
            .SelectMany(t => t.GetFields(Everything))
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");

        fields.Should().BeEmpty($"{type.Name} is documented as immutable: work once, in the constructor, or through a readonly Lazy<T>");
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Hands_out_no_mutable_collection(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(p => p.PropertyType.IsArray || IsMutableCollection(p.PropertyType))
            .Select(p => $"{p.Name}: {p.PropertyType.Name}");
        var methods = type.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && (m.ReturnType.IsArray || IsMutableCollection(m.ReturnType)))
            .Select(m => $"{m.Name}(): {m.ReturnType.Name}");

        properties.Concat(methods).Should().BeEmpty("collections are handed out as IReadOnlyList<T> backed by an immutable list");
    }

    [Fact]
    public void The_document_index_hands_out_read_only_lists()
    {
        var document = new Model.PlanDocument
        {
            Plan = new Model.Plan { Id = "p", Title = "Plan", Start = new NodaTime.LocalDate(2024, 4, 1), End = new NodaTime.LocalDate(2025, 3, 31), Themes = [] },
            DeliveryPlans = [new Model.DeliveryPlan { Id = "dp", Title = "DP", Year = "2024/25", Actions = [new Model.DeliveryAction { Id = "a", Title = "A", OutcomeIds = ["o"], Start = new NodaTime.LocalDate(2024, 4, 1), Due = new NodaTime.LocalDate(2025, 3, 31) }] }],
        };

        var actions = document.Index.ActionsFor("o");

        actions.Should().NotBeAssignableTo<List<Model.DeliveryAction>>();
        actions.Invoking(a => ((IList<Model.DeliveryAction>)a).Clear()).Should().Throw<NotSupportedException>();
        document.Index.ActionsFor("o").Should().ContainSingle();
    }

    [Fact]
    public void A_document_built_in_code_holds_immutable_lists_whatever_it_was_given()
    {
        var themes = new List<Model.Theme> { new() { Id = "t", Name = "Theme" } };
        var plan = new Model.Plan { Id = "p", Title = "Plan", Start = new NodaTime.LocalDate(2024, 4, 1), End = new NodaTime.LocalDate(2025, 3, 31), Themes = themes };

        themes.Add(new Model.Theme { Id = "u", Name = "Another" });

        plan.Themes.Should().ContainSingle().Which.Id.Should().Be("t");
        plan.Themes.Should().NotBeAssignableTo<IList>();
    }

    /// <summary>
    /// Every public type of every package: records, results, options and value types, not enums, static classes or
    /// exceptions (an exception's state belongs to .NET).
    /// </summary>
    private static IEnumerable<Type> Checked() =>
        new[] { Layers.Library, Layers.Reports, Layers.StratML, Layers.Spreadsheets }
            .SelectMany(assembly => assembly.GetExportedTypes())
            .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && !typeof(Exception).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static bool IsMutableCollection(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var definition &&
        (definition == typeof(List<>) || definition == typeof(Dictionary<,>) || definition == typeof(HashSet<>) ||
         definition == typeof(IList<>) || definition == typeof(ICollection<>) || definition == typeof(IDictionary<,>) || definition == typeof(ISet<>));

    private static IEnumerable<Type> Hierarchy(Type type)
    {
        for (var t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            yield return t;
        }
    }
}
