namespace PerformanceHub.Api;

/// <summary>A return upload read from multipart/form-data: one file (.xlsx or .csv), <c>replace</c>, <c>quarter</c>.</summary>
public sealed record UploadForm(string FileName, byte[] Content, bool Replace, string? Quarter)
{
    public static async Task<(UploadForm? Form, IResult? Problem)> ReadAsync(HttpRequest request, long max)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > max)
        {
            return (null, HubProblems.TooLarge(max));
        }

        if (!request.HasFormContentType)
        {
            return (null, Results.Problem("Send the return as multipart/form-data with a 'file' field (.xlsx or .csv).",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException ex)
        {
            return (null, ex.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? HubProblems.TooLarge(max)
                : HubProblems.BadRequest($"The form could not be read: {ex.Message}"));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without Content-Length (chunked) that runs past the server's own limit.
            return (null, HubProblems.TooLarge(max));
        }
        catch (IOException)
        {
            return (null, HubProblems.BadRequest("The form ended before its closing boundary: send the whole multipart/form-data body."));
        }

        if (form.Files.Count != 1 || form.Files[0] is not { } file)
        {
            return (null, HubProblems.BadRequest($"Send exactly one file in the 'file' field; {form.Files.Count} were sent."));
        }

        if (!Plans.ReturnIntake.IsReturnFile(file.FileName))
        {
            return (null, HubProblems.Unprocessable($"'{file.FileName}' is not a return: upload the .xlsx or .csv that splan return made.", null));
        }

        if (file.Length > max)
        {
            return (null, HubProblems.TooLarge(max));
        }

        var replace = form["replace"].ToString();
        if (replace.Length > 0 && !bool.TryParse(replace, out _))
        {
            return (null, HubProblems.BadRequest($"replace must be true or false, not '{replace}'."));
        }

        var quarter = form["quarter"].ToString();
        if (Api.ResultsApi.Refuse(quarter) is { } bad)
        {
            return (null, HubProblems.BadRequest(bad));
        }

        using var content = new MemoryStream();
        await file.CopyToAsync(content, request.HttpContext.RequestAborted);
        return (new UploadForm(file.FileName, content.ToArray(), replace.Length > 0 && bool.Parse(replace), quarter.Length > 0 ? quarter : null), null);
    }
}
