using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>The Medium-Term Financial Strategy (FIN-1): its years and budget lines.</summary>
internal sealed class FinancialStrategyRecord() : Record<FinancialStrategy, FinancialStrategyRecord.State>(Noun, Members)
{
    private static readonly string Noun = "the financial strategy";

    private static readonly RecordMember<FinancialStrategy, State>[] Members =
    [
        Optional("id", static (ref State s, string v) => s.Id = v, static f => f.Id),
        Optional("title", static (ref State s, string v) => s.Title = v, static f => f.Title),
        Texts("years", Defaulted, static (ref State s, ValueList<string> v) => s.Years = v, static f => f.Years),
        Array("lines", Defaulted, BudgetLineRecord.Table, static (ref State s, ValueList<BudgetLine> v) => s.Lines = v, static f => f.Lines),
    ];

    public static FinancialStrategyRecord Table { get; } = new();

    protected override FinancialStrategy Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id,
        Title = s.Title,
        Years = s.Years ?? ValueList<string>.Empty,
        Lines = s.Lines ?? ValueList<BudgetLine>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(FinancialStrategy record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Title;
        public ValueList<string>? Years;
        public ValueList<BudgetLine>? Lines;
    }
}

/// <summary>A budget line (FIN-1): id, name, kind, directorate and its amounts per year.</summary>
internal sealed class BudgetLineRecord() : Record<BudgetLine, BudgetLineRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a budget line";

    private static readonly RecordMember<BudgetLine, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static l => l.Id),
        Value("name", Required, static (ref State s, string v) => s.Name = v, static l => l.Name),
        Value("kind", Required, static (ref State s, BudgetLineKind v) => s.Kind = v, static l => l.Kind),
        Optional("directorate", static (ref State s, string v) => s.Directorate = v, static l => l.Directorate),
        Array("amounts", Defaulted, AmountRecord.Table, static (ref State s, ValueList<AnnualAmount> v) => s.Amounts = v, static l => l.Amounts),
    ];

    public static BudgetLineRecord Table { get; } = new();

    protected override BudgetLine Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Name = s.Name!,
        Kind = s.Kind,
        Directorate = s.Directorate,
        Amounts = s.Amounts ?? ValueList<AnnualAmount>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(BudgetLine record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Name;
        public BudgetLineKind Kind;
        public string? Directorate;
        public ValueList<AnnualAmount>? Amounts;
    }
}
