using NodaTime;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>The Strategic Risk Register (RSK-1): its matrix, appetite and risks.</summary>
internal sealed class RiskRegisterRecord() : Record<RiskRegister, RiskRegisterRecord.State>(Noun, Members)
{
    private static readonly string Noun = "the risk register";

    private static readonly RecordMember<RiskRegister, State>[] Members =
    [
        Optional("id", static (ref State s, string v) => s.Id = v, static r => r.Id),
        Optional("title", static (ref State s, string v) => s.Title = v, static r => r.Title),
        Value("reviewEvery", Defaulted, static (ref State s, Period v) => s.ReviewEvery = v, static r => r.ReviewEvery),
        Object("matrix", Defaulted, RiskMatrixRecord.Table, static (ref State s, RiskMatrix? v) => s.Matrix = v, static r => r.Matrix),
        Array("appetite", Defaulted, AppetiteRecord.Table, static (ref State s, ValueList<RiskAppetite> v) => s.Appetite = v, static r => r.Appetite),
        Array("risks", Defaulted, RiskRecord.Table, static (ref State s, ValueList<Risk> v) => s.Risks = v, static r => r.Risks),
    ];

    public static RiskRegisterRecord Table { get; } = new();

    protected override RiskRegister Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id,
        Title = s.Title,
        ReviewEvery = s.ReviewEvery ?? RiskRegister.DefaultReviewEvery,
        Matrix = s.Matrix ?? RiskMatrix.Default,
        Appetite = s.Appetite ?? ValueList<RiskAppetite>.Empty,
        Risks = s.Risks ?? ValueList<Risk>.Empty,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(RiskRegister record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Title;
        public Period? ReviewEvery;
        public RiskMatrix? Matrix;
        public ValueList<RiskAppetite>? Appetite;
        public ValueList<Risk>? Risks;
    }
}

/// <summary>The register's risk matrix (RSK-2): levels, labels, scores and bands.</summary>
internal sealed class RiskMatrixRecord() : Record<RiskMatrix, RiskMatrixRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a risk matrix";

    private static readonly RecordMember<RiskMatrix, State>[] Members =
    [
        Value("likelihoodLevels", Defaulted, static (ref State s, int v) => s.LikelihoodLevels = v, static m => m.LikelihoodLevels),
        Value("impactLevels", Defaulted, static (ref State s, int v) => s.ImpactLevels = v, static m => m.ImpactLevels),
        Texts("likelihoodLabels", Defaulted, static (ref State s, ValueList<string> v) => s.LikelihoodLabels = v, static m => m.LikelihoodLabels),
        Texts("impactLabels", Defaulted, static (ref State s, ValueList<string> v) => s.ImpactLabels = v, static m => m.ImpactLabels),
        Grid("scores", static (ref State s, ValueList<IReadOnlyList<int>> v) => s.Scores = v, static m => m.Scores),
        Array("bands", MemberUse.AlwaysWritten, RiskBandRecord.Table, static (ref State s, ValueList<RiskBand> v) => s.Bands = v, static m => m.Bands),
    ];

    public static RiskMatrixRecord Table { get; } = new();

    protected override RiskMatrix Create(ref State s, ExtensionMembers extensions) => new()
    {
        LikelihoodLevels = s.LikelihoodLevels ?? RiskMatrix.DefaultLevels,
        ImpactLevels = s.ImpactLevels ?? RiskMatrix.DefaultLevels,
        LikelihoodLabels = s.LikelihoodLabels ?? ValueList<string>.Empty,
        ImpactLabels = s.ImpactLabels ?? ValueList<string>.Empty,
        Scores = s.Scores,
        Bands = s.Bands ?? RiskMatrix.DefaultBands,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(RiskMatrix record) => record.Extensions;

    internal struct State
    {
        public int? LikelihoodLevels;
        public int? ImpactLevels;
        public ValueList<string>? LikelihoodLabels;
        public ValueList<string>? ImpactLabels;
        public ValueList<IReadOnlyList<int>>? Scores;
        public ValueList<RiskBand>? Bands;
    }
}

/// <summary>A band of the risk matrix (RSK-2): from, name, RAG.</summary>
internal sealed class RiskBandRecord() : Record<RiskBand, RiskBandRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a risk band";

    private static readonly RecordMember<RiskBand, State>[] Members =
    [
        Value("from", Required, static (ref State s, int v) => s.From = v, static b => b.From),
        Optional("name", static (ref State s, string v) => s.Name = v, static b => b.Name),
        Optional("rag", static (ref State s, Rag v) => s.Rag = v, static b => b.Rag),
    ];

    public static RiskBandRecord Table { get; } = new();

    protected override RiskBand Create(ref State s, ExtensionMembers extensions) =>
        new() { From = s.From, Name = s.Name, Rag = s.Rag, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(RiskBand record) => record.Extensions;

    internal struct State
    {
        public int From;
        public string? Name;
        public Rag? Rag;
    }
}

/// <summary>The council's appetite for one category of risk (RSK-3): category and highest score.</summary>
internal sealed class AppetiteRecord() : Record<RiskAppetite, AppetiteRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a risk appetite";

    private static readonly RecordMember<RiskAppetite, State>[] Members =
    [
        Value("category", Required, static (ref State s, string v) => s.Category = v, static a => a.Category),
        Value("maxScore", Required, static (ref State s, int v) => s.MaxScore = v, static a => a.MaxScore),
    ];

    public static AppetiteRecord Table { get; } = new();

    protected override RiskAppetite Create(ref State s, ExtensionMembers extensions) =>
        new() { Category = s.Category!, MaxScore = s.MaxScore, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(RiskAppetite record) => record.Extensions;

    internal struct State
    {
        public string? Category;
        public int MaxScore;
    }
}

/// <summary>A risk (RSK-1): what it is, whose it is, what it threatens, how it is rated and treated.</summary>
internal sealed class RiskRecord() : Record<Risk, RiskRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a risk";

    private static readonly RecordMember<Risk, State>[] Members =
    [
        Value("id", Required, static (ref State s, string v) => s.Id = v, static r => r.Id),
        Optional("code", static (ref State s, string v) => s.Code = v, static r => r.Code),
        Value("title", Required, static (ref State s, string v) => s.Title = v, static r => r.Title),
        Value("kind", Required, static (ref State s, RiskKind v) => s.Kind = v, static r => r.Kind),
        Value("category", Required, static (ref State s, string v) => s.Category = v, static r => r.Category),
        Optional("owner", static (ref State s, string v) => s.Owner = v, static r => r.Owner),
        Value("status", Defaulted, static (ref State s, RiskStatus v) => s.Status = v, static r => r.Status),
        Texts("themeIds", Defaulted, static (ref State s, ValueList<string> v) => s.ThemeIds = v, static r => r.ThemeIds),
        Texts("outcomeIds", Defaulted, static (ref State s, ValueList<string> v) => s.OutcomeIds = v, static r => r.OutcomeIds),
        Object("inherent", Required, RatingRecord.Table, static (ref State s, RiskRating? v) => s.Inherent = v, static r => r.Inherent),
        Object("target", Defaulted, RatingRecord.Table, static (ref State s, RiskRating? v) => s.Target = v, static r => r.Target),
        Array("assessments", Defaulted, AssessmentRecord.Table, static (ref State s, ValueList<RiskAssessment> v) => s.Assessments = v, static r => r.Assessments),
        Optional("treatment", static (ref State s, RiskTreatment v) => s.Treatment = v, static r => r.Treatment),
        Texts("mitigationActionIds", Defaulted, static (ref State s, ValueList<string> v) => s.MitigationActionIds = v, static r => r.MitigationActionIds),
        Optional("reviewEvery", static (ref State s, Period v) => s.ReviewEvery = v, static r => r.ReviewEvery),
    ];

    public static RiskRecord Table { get; } = new();

    protected override Risk Create(ref State s, ExtensionMembers extensions) => new()
    {
        Id = s.Id!,
        Code = s.Code,
        Title = s.Title!,
        Kind = s.Kind,
        Category = s.Category!,
        Owner = s.Owner,
        Status = s.Status ?? RiskStatus.Open,
        ThemeIds = s.ThemeIds ?? ValueList<string>.Empty,
        OutcomeIds = s.OutcomeIds ?? ValueList<string>.Empty,
        Inherent = s.Inherent!,
        Target = s.Target,
        Assessments = s.Assessments ?? ValueList<RiskAssessment>.Empty,
        Treatment = s.Treatment,
        MitigationActionIds = s.MitigationActionIds ?? ValueList<string>.Empty,
        ReviewEvery = s.ReviewEvery,
        Extensions = extensions,
    };

    protected override ExtensionMembers ExtensionsOf(Risk record) => record.Extensions;

    internal struct State
    {
        public string? Id;
        public string? Code;
        public string? Title;
        public RiskKind Kind;
        public string? Category;
        public string? Owner;
        public RiskStatus? Status;
        public ValueList<string>? ThemeIds;
        public ValueList<string>? OutcomeIds;
        public RiskRating? Inherent;
        public RiskRating? Target;
        public ValueList<RiskAssessment>? Assessments;
        public RiskTreatment? Treatment;
        public ValueList<string>? MitigationActionIds;
        public Period? ReviewEvery;
    }
}

/// <summary>A risk's rating, inherent or target (RSK-2): likelihood and impact.</summary>
internal sealed class RatingRecord() : Record<RiskRating, RatingRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a risk rating";

    private static readonly RecordMember<RiskRating, State>[] Members =
    [
        Value("likelihood", Required, static (ref State s, int v) => s.Likelihood = v, static r => r.Likelihood),
        Value("impact", Required, static (ref State s, int v) => s.Impact = v, static r => r.Impact),
    ];

    public static RatingRecord Table { get; } = new();

    protected override RiskRating Create(ref State s, ExtensionMembers extensions) =>
        new() { Likelihood = s.Likelihood, Impact = s.Impact, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(RiskRating record) => record.Extensions;

    internal struct State
    {
        public int Likelihood;
        public int Impact;
    }
}

/// <summary>A risk's assessment (RSK-1): asOf, likelihood, impact, commentary.</summary>
internal sealed class AssessmentRecord() : Record<RiskAssessment, AssessmentRecord.State>(Noun, Members)
{
    private static readonly string Noun = "a risk assessment";

    private static readonly RecordMember<RiskAssessment, State>[] Members =
    [
        Value("asOf", Required, static (ref State s, LocalDate v) => s.AsOf = v, static a => a.AsOf),
        Value("likelihood", Required, static (ref State s, int v) => s.Likelihood = v, static a => a.Likelihood),
        Value("impact", Required, static (ref State s, int v) => s.Impact = v, static a => a.Impact),
        Optional("commentary", static (ref State s, string v) => s.Commentary = v, static a => a.Commentary),
    ];

    public static AssessmentRecord Table { get; } = new();

    protected override RiskAssessment Create(ref State s, ExtensionMembers extensions) =>
        new() { AsOf = s.AsOf, Likelihood = s.Likelihood, Impact = s.Impact, Commentary = s.Commentary, Extensions = extensions };

    protected override ExtensionMembers ExtensionsOf(RiskAssessment record) => record.Extensions;

    internal struct State
    {
        public LocalDate AsOf;
        public int Likelihood;
        public int Impact;
        public string? Commentary;
    }
}
