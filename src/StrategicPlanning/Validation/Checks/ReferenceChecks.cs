namespace StrategicPlanning.Validation;

/// <summary>VAL-2: lists of ids that must resolve, each id once.</summary>
internal static class ReferenceChecks
{
    /// <summary>Checks each id of a reference list; <paramref name="resolves"/> says whether an id names the right kind of item.</summary>
    public static void Check(ValidationContext context, string member, IReadOnlyList<string> ids, Func<ValidationContext, string, bool> resolves, string code, string what)
    {
        if (ids.Count == 0)
        {
            return;
        }

        // A scan of earlier ids for short lists; a set for long ones, so a hostile list stays linear.
        var seen = ids.Count > 16 ? new HashSet<string>(StringComparer.Ordinal) : null;
        context.Enter(member);
        for (var i = 0; i < ids.Count; i++)
        {
            var id = ids[i];
            context.Enter(i);
            var repeated = seen is null ? Repeats(ids, i) : !seen.Add(id);
            if (!resolves(context, id))
            {
                context.Report(code, $"There is no {what} with id '{id}' in this document; each id listed here must name one (VAL-2).");
            }
            else if (repeated)
            {
                context.Report(ValidationCodes.RepeatedReference, $"'{id}' is listed more than once here; it counts once.");
            }

            context.Leave();
        }

        context.Leave();
    }

    private static bool Repeats(IReadOnlyList<string> ids, int i)
    {
        for (var j = 0; j < i; j++)
        {
            if (string.Equals(ids[j], ids[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
