namespace StrategicPlanning.Validation;

/// <summary>Visits every item that carries an id, in document order, with the context's path on the item.</summary>
internal static class IdWalker
{
    public delegate void Visit(object owner, string id, string kind);

    public static void Walk(ValidationContext context, Visit visit)
    {
        var document = context.Document;
        context.Area = ValidationArea.Plan;
        context.Enter("plan");
        visit(document.Plan, document.Plan.Id, "plan");
        Each(context, "themes", document.Plan.Themes, theme =>
        {
            visit(theme, theme.Id, "theme");
            Each(context, "outcomes", theme.Outcomes, outcome =>
            {
                visit(outcome, outcome.Id, "outcome");
                context.Area = ValidationArea.Measures;
                Each(context, "measures", outcome.Measures, visit, static (_, measure, visit) => visit(measure, measure.Id, "measure"));
                context.Area = ValidationArea.Plan;
            });
        });
        context.Leave();

        context.Area = ValidationArea.Delivery;
        Each(context, "deliveryPlans", document.DeliveryPlans, plan =>
        {
            visit(plan, plan.Id, "delivery plan");
            Each(context, "actions", plan.Actions, visit, static (context, action, visit) =>
            {
                visit(action, action.Id, "action");
                Each(context, "milestones", action.Milestones, visit, static (_, milestone, visit) => visit(milestone, milestone.Id, "milestone"));
            });
        });

        if (document.FinancialStrategy is { } strategy)
        {
            context.Area = ValidationArea.Finance;
            context.Enter("financialStrategy");
            if (strategy.Id is { } id)
            {
                visit(strategy, id, "financial strategy");
            }

            Each(context, "lines", strategy.Lines, line => visit(line, line.Id, "budget line"));
            context.Leave();
        }

        if (document.RiskRegister is { } register)
        {
            context.Area = ValidationArea.Risks;
            context.Enter("riskRegister");
            if (register.Id is { } id)
            {
                visit(register, id, "risk register");
            }

            Each(context, "risks", register.Risks, risk => visit(risk, risk.Id, "risk"));
            context.Leave();
        }

        context.Area = ValidationArea.Document;
    }

    /// <summary>Like <see cref="Each{T}"/>, with the state the body needs passed in, so a static lambda serves and nothing is allocated per call.</summary>
    public static void Each<T, TState>(ValidationContext context, string member, IReadOnlyList<T> items, TState state, Action<ValidationContext, T, TState> body)
    {
        if (items.Count == 0)
        {
            return;
        }

        context.Enter(member);
        for (var i = 0; i < items.Count; i++)
        {
            context.Enter(i);
            body(context, items[i], state);
            context.Leave();
        }

        context.Leave();
    }

    /// <summary>Runs <paramref name="body"/> for each item with <c>member[i]</c> on the path; an empty list adds nothing to it.</summary>
    public static void Each<T>(ValidationContext context, string member, IReadOnlyList<T> items, Action<T> body)
    {
        if (items.Count == 0)
        {
            return;
        }

        context.Enter(member);
        for (var i = 0; i < items.Count; i++)
        {
            context.Enter(i);
            body(items[i]);
            context.Leave();
        }

        context.Leave();
    }
}
