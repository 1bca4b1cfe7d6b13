using System.Globalization;
using StrategicPlanning.Calendar;
using StrategicPlanning.Core;
using StrategicPlanning.Model;

namespace StrategicPlanning.Json;

/// <summary>
/// Turns the wire shapes into the immutable model, reporting every missing required member and every null
/// array element with its JSON path (the format's required members). It never throws for bad input.
/// </summary>
internal sealed partial class WireReader
{
    /// <summary>The most errors listed one by one; a hostile document could otherwise produce millions.</summary>
    private const int MaxErrors = 1000;

    private readonly JsonPathBuilder path = new();
    private readonly List<(string Path, string Message)> errors = [];
    private readonly int maxNameLength;
    private int unlisted;

    private WireReader(int maxNameLength) => this.maxNameLength = maxNameLength;

    /// <summary>Maps a whole document; on failure returns null and the errors, each with its path.</summary>
    public static PlanDocument? Read(WireDocument wire, PlanReadOptions options, out List<(string Path, string Message)> errors)
    {
        var reader = new WireReader(options.MaxStringLength);
        var document = reader.Document(wire);
        if (reader.unlisted > 0)
        {
            reader.errors.Add(("$", string.Create(CultureInfo.InvariantCulture, $"... and {reader.unlisted:N0} more errors like these, not listed one by one.")));
        }

        errors = reader.errors;
        return errors.Count == 0 ? document : null;
    }

    private PlanDocument? Document(WireDocument w)
    {
        var version = Required(w.SchemaVersion, "schemaVersion", "the document");
        if (version is not null && FormatVersion.Compare(version) is null)
        {
            Error(path.With("schemaVersion"),
                $"schemaVersion '{version}' is not supported: this library reads format 1.x (JSN-1). Upgrade the library to read this document.");
        }

        var plan = Child(w.Plan, "plan", Plan);
        if (w.Plan is null)
        {
            Missing("plan", "the document");
        }

        var document = new PlanDocument
        {
            SchemaVersion = version ?? PlanDocument.CurrentSchemaVersion,
            Organisation = Child(w.Organisation, "organisation", static (r, o) => new Organisation { Name = o.Name, Code = o.Code, Extensions = r.Ext(o.Extra) }),
            Currency = w.Currency ?? PlanDocument.DefaultCurrency,
            Calendar = Child(w.Calendar, "calendar", static (r, c) => new ReportingCalendar { YearStartMonth = c.YearStartMonth ?? ReportingCalendar.DefaultYearStartMonth, Extensions = r.Ext(c.Extra) })
                ?? ReportingCalendar.Default,
            Plan = plan ?? Placeholder,
            DeliveryPlans = List(w.DeliveryPlans, "deliveryPlans", DeliveryPlan),
            FinancialStrategy = Child(w.FinancialStrategy, "financialStrategy", FinancialStrategy),
            RiskRegister = Child(w.RiskRegister, "riskRegister", RiskRegister),
            Reviews = Child(w.Reviews, "reviews", Reviews),
            Extensions = Ext(w.Extra),
        };
        return document;
    }

    private static Plan Placeholder { get; } = new() { Id = "-", Title = "-", Start = default, End = default, Themes = [] };

    private static Plan? Plan(WireReader r, WirePlan w)
    {
        var id = r.Required(w.Id, "id", "a plan");
        var title = r.Required(w.Title, "title", "a plan");
        var start = r.Required(w.Start, "start", "a plan");
        var end = r.Required(w.End, "end", "a plan");
        if (w.Themes is null)
        {
            r.Missing("themes", "a plan");
        }

        var themes = r.List(w.Themes, "themes", Theme);
        return id is null || title is null || start is null || end is null ? null : new Plan
        {
            Id = id,
            Title = title,
            Vision = w.Vision,
            Mission = w.Mission,
            Start = start.Value,
            End = end.Value,
            Approved = w.Approved,
            Values = r.List(w.Values, "values", static (r, v) => new PlanValue { Name = v.Name, Description = v.Description, Extensions = r.Ext(v.Extra) }),
            Stakeholders = r.List(w.Stakeholders, "stakeholders", Stakeholder),
            Themes = themes,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static Stakeholder? Stakeholder(WireReader r, WireStakeholder w) => new()
    {
        Name = w.Name,
        Kind = w.Kind,
        Roles = w.Roles is null ? ValueList<StakeholderRole>.Empty : ValueList.From(w.Roles),
        Extensions = r.Ext(w.Extra),
    };

    private static Theme? Theme(WireReader r, WireTheme w)
    {
        var id = r.Required(w.Id, "id", "a theme");
        var name = r.Required(w.Name, "name", "a theme");
        var outcomes = r.List(w.Outcomes, "outcomes", Outcome);
        return id is null || name is null ? null : new Theme
        {
            Id = id,
            Code = w.Code,
            Name = name,
            Description = w.Description,
            CrossCutting = w.CrossCutting ?? false,
            Weight = w.Weight ?? Weights.Default,
            Stakeholders = r.List(w.Stakeholders, "stakeholders", Stakeholder),
            Outcomes = outcomes,
            Extensions = r.Ext(w.Extra),
        };
    }

    private static Outcome? Outcome(WireReader r, WireOutcome w)
    {
        var id = r.Required(w.Id, "id", "an outcome");
        var title = r.Required(w.Title, "title", "an outcome");
        var measures = r.Leaves(w.Measures, "measures");
        return id is null || title is null ? null : new Outcome
        {
            Id = id,
            Code = w.Code,
            Title = title,
            Description = w.Description,
            Weight = w.Weight ?? Weights.Default,
            Stakeholders = r.List(w.Stakeholders, "stakeholders", Stakeholder),
            Measures = measures,
            Extensions = r.Ext(w.Extra),
        };
    }

    /// <summary>Maps an optional child object, with its member name pushed onto the path.</summary>
    private T? Child<TWire, T>(TWire? wire, string member, Func<WireReader, TWire, T?> map)
        where TWire : WireObject
        where T : class
    {
        if (wire is null)
        {
            return null;
        }

        path.Push(member);
        var result = map(this, wire);
        path.Pop();
        return result;
    }

    /// <summary>Maps an optional array of objects; a null element is an error, an absent array is empty.</summary>
    private ValueList<T> List<TWire, T>(List<TWire?>? wire, string member, Func<WireReader, TWire, T?> map)
        where TWire : WireObject
        where T : class
    {
        if (wire is null || wire.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        path.Push(member);
        var items = new T[wire.Count];
        var ok = true;
        for (var i = 0; i < items.Length; i++)
        {
            path.Push(i);
            if (wire[i] is { } item && map(this, item) is { } mapped)
            {
                items[i] = mapped;
            }
            else
            {
                ok = false;
                if (wire[i] is null)
                {
                    Error(path.ToString(), "Expected an object, found null.");
                }
            }

            path.Pop();
        }

        path.Pop();
        return ok ? ValueList.Own(items) : ValueList<T>.Empty;
    }

    /// <summary>
    /// Takes an array read straight into model records (<see cref="LeafArray{T}"/>), reporting what was wrong
    /// with its elements at their paths; like <see cref="List{TWire, T}"/>, any problem leaves the list empty.
    /// </summary>
    private ValueList<T> Leaves<T>(LeafArray<T>? wire, string member)
        where T : class
    {
        if (wire is null || wire.Items.Count == 0)
        {
            return ValueList<T>.Empty;
        }

        if (wire.Problems is not { } problems)
        {
            return ValueList.Own((T[])wire.Items);
        }

        path.Push(member);
        foreach (var (index, suffix, message) in problems)
        {
            path.Push(index);
            Error(path.ToString() + suffix, message);
            path.Pop();
        }

        path.Pop();
        return ValueList<T>.Empty;
    }

    /// <summary>Maps an optional array of strings (ids, labels); a null element is an error.</summary>
    private ValueList<string> Strings(List<string?>? wire, string member)
    {
        if (wire is null || wire.Count == 0)
        {
            return ValueList<string>.Empty;
        }

        var items = new string[wire.Count];
        for (var i = 0; i < items.Length; i++)
        {
            if (wire[i] is { } text)
            {
                items[i] = text;
            }
            else
            {
                path.Push(member);
                path.Push(i);
                Error(path.ToString(), "Expected a string, found null.");
                path.Pop();
                path.Pop();
                items[i] = string.Empty;
            }
        }

        return ValueList.Own(items);
    }

    private T? Required<T>(T? value, string member, string owner)
        where T : class
    {
        if (value is null)
        {
            Missing(member, owner);
        }

        return value;
    }

    private T? Required<T>(T? value, string member, string owner)
        where T : struct
    {
        if (value is null)
        {
            Missing(member, owner);
        }

        return value;
    }

    private void Missing(string member, string owner) =>
        Error(path.With(member), $"'{member}' is required for {owner} but is missing or null.");

    private void Error(string at, string message)
    {
        if (errors.Count < MaxErrors)
        {
            errors.Add((at, message));
        }
        else
        {
            unlisted++;
        }
    }

    /// <summary>Keeps the unknown members of the object at the current path (JSN-2), refusing names longer than the read limit (VAL-4).</summary>
    private ExtensionMembers Ext(Dictionary<string, object>? extra)
    {
        if (extra is null || extra.Count == 0)
        {
            return ExtensionMembers.Empty;
        }

        var members = new KeyValuePair<string, JsonValueText>[extra.Count];
        var i = 0;
        foreach (var member in extra)
        {
            if (member.Key.Length > maxNameLength)
            {
                Error(path.ToString(), string.Create(CultureInfo.InvariantCulture, $"A member name here is {member.Key.Length:N0} characters long; the limit is {maxNameLength:N0} (PlanReadOptions.MaxStringLength)."));
            }

            members[i++] = new(member.Key, member.Value as JsonValueText ?? JsonValueText.Null); // the serializer keeps a JSON null as null
        }

        return ExtensionMembers.Own(members);
    }
}
