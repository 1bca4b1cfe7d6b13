namespace PerformanceHub.Api;

/// <summary>The API's errors as RFC 9457 problem details, each saying what was wrong and what is allowed.</summary>
public static class HubProblems
{
    public static IResult NotFound(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult BadRequest(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult PreconditionRequired() => Results.Problem(
        "Send If-Match with the ETag of the version you edited (from GET of the plan), e.g. If-Match: \"v3\"; the hub never saves over a version blindly.",
        statusCode: StatusCodes.Status428PreconditionRequired, title: "If-Match required");

    public static IResult Stale(int edited, int latest) => Results.Problem(
        (edited < 0
            ? $"If-Match names no version of this plan (send the ETag you read, such as \"v{latest}\"; '*' and weak tags are not accepted): nothing was stored."
            : $"You edited version {edited}, but the latest is version {latest}: nothing was stored.")
        + $" Read the latest, apply your change again and send If-Match: \"v{latest}\".",
        statusCode: StatusCodes.Status412PreconditionFailed, title: "Stale version",
        extensions: new Dictionary<string, object?> { ["latestVersion"] = latest });

    public static IResult TooLarge(long max) => Results.Problem(
        $"The request body is larger than the {max:N0} bytes allowed.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");

    public static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>422: the document or return breaks rules; <paramref name="issuesJson"/> is splan's JSON (validation or change log).</summary>
    public static IResult Unprocessable(string detail, string? issuesJson, string member = "validation")
    {
        var extensions = new Dictionary<string, object?>();
        if (issuesJson is not null && Plans.JsonText.Element(issuesJson) is { } parsed)
        {
            extensions[member] = parsed;
        }

        return Results.Problem(detail, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable", extensions: extensions);
    }
}
