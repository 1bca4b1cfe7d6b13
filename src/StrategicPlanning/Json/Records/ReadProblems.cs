using System.Globalization;

namespace StrategicPlanning.Json;

/// <summary>
/// What was wrong with an object or array that could still be read to its end (a missing required member, a null
/// element, an unknown member's name over the limit), each at its path below the value it was found in: ".id",
/// ".targets[3].value", "" for the value itself. The parent adds its part of the path as it takes them in, in the order
/// its record reports them, so the whole document's problems come out in one order, whatever order its members were in.
/// </summary>
/// <remarks>
/// At most <see cref="MaxListed"/> are kept one by one; the rest are only counted (a hostile document could
/// otherwise produce millions). Keeping the first ones of each part keeps the first ones of the whole.
/// </remarks>
internal sealed class ReadProblems
{
    /// <summary>The most problems listed one by one.</summary>
    public const int MaxListed = 1000;

    private readonly List<(string Path, string Message)> listed = [];

    /// <summary>Gets how many more there were, not listed.</summary>
    public int Unlisted { get; private set; }

    /// <summary>Adds a problem at <paramref name="path"/> below the value.</summary>
    public static void Add(ref ReadProblems? problems, string path, string message)
    {
        problems ??= new ReadProblems();
        if (problems.listed.Count < MaxListed)
        {
            problems.listed.Add((path, message));
        }
        else
        {
            problems.Unlisted++;
        }
    }

    /// <summary>Adds the problems of a part of the value, found at <paramref name="prefix"/> below it.</summary>
    public static void AddAll(ref ReadProblems? problems, ReadProblems part, string prefix)
    {
        foreach (var (path, message) in part.listed)
        {
            Add(ref problems, prefix + path, message);
        }

        problems!.Unlisted += part.Unlisted;
    }

    /// <summary>Adds the problems of an array's element <paramref name="index"/>.</summary>
    public static void AddElement(ref ReadProblems? problems, ReadProblems? element, int index)
    {
        if (element is not null)
        {
            AddAll(ref problems, element, Index(index));
        }
    }

    /// <summary>The path part of an array element: "[3]".</summary>
    public static string Index(int index) => string.Concat("[", index.ToString(CultureInfo.InvariantCulture), "]");

    /// <summary>The problems as read errors' (path, message) below <paramref name="root"/>, with the count of those not listed last.</summary>
    public List<(string Path, string Message)> ToErrors(string root)
    {
        var errors = new List<(string Path, string Message)>(listed.Count + 1);
        foreach (var (path, message) in listed)
        {
            errors.Add((root + path, message));
        }

        if (Unlisted > 0)
        {
            errors.Add((root, string.Create(CultureInfo.InvariantCulture, $"... and {Unlisted:N0} more errors like these, not listed one by one.")));
        }

        return errors;
    }
}
