namespace PerformanceHub.Api;

/// <summary>Reads a request body into memory, never more than the hub's limit (413 beyond it).</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="max"/>.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long max)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > max)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > max)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body without Content-Length (chunked) that runs past the server's own limit.
            return null;
        }

        return buffer.ToArray();
    }
}
