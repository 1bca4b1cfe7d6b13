using ArchUnitNET.Fluent.Slices;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace StrategicPlanning.Architecture.Tests;

/// <summary>
/// One-way data flow (docs/architecture.md): no namespace cycles anywhere under src/, records apart from rules, and no
/// rule family calling a sibling except through the layer below. Checked on the compiled assemblies with ArchUnitNET,
/// which reads every reference in the IL, including fully qualified names no <c>using</c> line shows.
/// </summary>
public class LayerTests
{
    private static readonly ArchUnitNET.Domain.Architecture Everything = new ArchLoader()
        .LoadAssemblies(Layers.Library, Layers.Reports, Layers.StratML, Layers.Spreadsheets, Layers.Cli)
        .Build();

    public static TheoryData<string, string> ForbiddenPairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var (from, allowed) in Layers.Allowed)
        {
            foreach (var to in Layers.Allowed.Keys.Where(to => to != from && !allowed.Contains(to)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Fact]
    public void No_namespace_under_src_takes_part_in_a_cycle() =>
        SliceRuleDefinition.Slices().Matching("StrategicPlanning.(**)").Should().BeFreeOfCycles().Check(Everything);

    [Theory]
    [MemberData(nameof(ForbiddenPairs))]
    public void A_namespace_uses_only_the_layers_below_it(string from, string to) =>
        Types().That().ResideInNamespace(Layers.Full(from))
            .Should().NotDependOnAny(Types().That().ResideInNamespace(Layers.Full(to)))
            .Because($"{from} sits below or beside {to} (docs/architecture.md)")
            .Check(Everything);

    [Fact]
    public void Every_namespace_of_the_library_has_a_place_in_the_layers()
    {
        var namespaces = Layers.Library.GetTypes()
            .Where(t => !t.Name.StartsWith('<') && Layers.NamespaceOf(t) is not null)
            .Select(t => Layers.NamespaceOf(t)!)
            .Distinct();

        namespaces.Should().BeSubsetOf(Layers.Allowed.Keys, "a new namespace must be placed in the layers of docs/architecture.md first");
    }

    [Fact]
    public void The_model_holds_only_records_enums_and_the_index()
    {
        // The static classes the model may hold: a default, and two facts about records that validation and the rules
        // both need from below them (a frequency's period length, MEA-1; which schema versions are 1.x, JSN-1).
        string[] facts = ["Weights", "Frequencies", "FormatVersion"];
        var statics = Layers.Library.GetTypes()
            .Where(t => t.Namespace == Layers.Full("Model") && !t.Name.StartsWith('<') && t.IsClass && t.IsAbstract && t.IsSealed)
            .Select(t => t.Name);

        statics.Should().BeEquivalentTo(facts, "rules live in their family's namespace; the model evaluates nothing");
    }

    [Fact]
    public void The_packages_on_top_do_not_depend_on_each_other_the_wrong_way()
    {
        Types().That().ResideInAssembly(Layers.Reports).Should().NotDependOnAny(Types().That().ResideInAssembly(Layers.StratML)).Check(Everything);
        Types().That().ResideInAssembly(Layers.StratML).Should().NotDependOnAny(Types().That().ResideInAssembly(Layers.Reports)).Check(Everything);
    }

    [Fact]
    public void The_spreadsheets_package_uses_the_library_only_and_no_other_package_uses_it()
    {
        var spreadsheets = Types().That().ResideInAssembly(Layers.Spreadsheets);
        Types().That().ResideInAssembly(Layers.Spreadsheets).Should().NotDependOnAny(Types().That().ResideInAssembly(Layers.Reports)).Check(Everything);
        Types().That().ResideInAssembly(Layers.Spreadsheets).Should().NotDependOnAny(Types().That().ResideInAssembly(Layers.StratML)).Check(Everything);
        Types().That().ResideInAssembly(Layers.Reports).Should().NotDependOnAny(spreadsheets).Check(Everything);
        Types().That().ResideInAssembly(Layers.StratML).Should().NotDependOnAny(spreadsheets).Check(Everything);
        Types().That().ResideInAssembly(Layers.Library).Should().NotDependOnAny(spreadsheets).Check(Everything);
    }
}
