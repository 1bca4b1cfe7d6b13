using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using PerformanceHub.Data;
using PerformanceHub.Hosting;
using PerformanceHub.Plans;
using PerformanceHub.Security;

namespace PerformanceHub.Pages.Plans;

/// <summary>
/// Quarterly returns: an editor uploads a filled-in return and sees splan import's change log before anything is stored
/// (the preview); committing merges it again into the version previewed and stores the next version — or, when the
/// plan has moved on meanwhile, stores nothing and says so (412). Past uploads can be downloaded as they were sent.
/// </summary>
public sealed class ReturnsModel(
    PlanStore store, PlanResults results, TimeProvider clock, ReturnIntake intake, Splan splan, IAuthorizationService authorization,
    IOptions<HubOptions> options)
    : PlanPageModel(store, results, clock)
{
    public IReadOnlyList<ReturnUpload> Uploads { get; private set; } = [];

    public ChangeLogSheet? ChangeLog { get; private set; }

    /// <summary>The kept return's name, when the preview can be committed.</summary>
    public string? Pending { get; private set; }

    public int? PreviewedVersion { get; private set; }

    public string? PreviewedFile { get; private set; }

    public string? Problem { get; private set; }

    public PlanVersion? Saved { get; private set; }

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ?? await ShowAsync();

    public async Task<IActionResult> OnGetFileAsync(long id)
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var upload = await Store.ReturnAsync(Plan.Id, id, HttpContext.RequestAborted);
        return upload is null ? NotFound() : File(upload.Content, Api.ReturnsApi.ContentTypeOf(upload.FileName), upload.FileName);
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file, bool replace, string? quarter, string? pending)
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var who = Api.PlanAccess.Who(User);
        PendingReturn request;
        byte[] content;
        if (pending is not null)
        {
            if (PendingReturn.Find(splan, pending, Plan.Id, who) is not { } kept)
            {
                return await ShowAsync("That preview is no longer kept: upload the return again.");
            }

            (request, content) = (kept.Return, kept.Content);
            kept.Folder.Dispose();
        }
        else
        {
            if (file is null || file.Length == 0 || !ReturnIntake.IsReturnFile(file.FileName))
            {
                return await ShowAsync("Choose the filled-in return: the .xlsx or .csv file that splan return made.");
            }

            if (Api.ResultsApi.Refuse(quarter) is { } badQuarter)
            {
                return await ShowAsync($"Quarter: {badQuarter}");
            }

            if (file.Length > options.Value.MaxUploadBytes)
            {
                return await ShowAsync($"The file is {file.Length:N0} bytes; the most a return may be is {options.Value.MaxUploadBytes:N0}.");
            }

            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, HttpContext.RequestAborted);
            (request, content) = (new PendingReturn(Plan.Id, who, Path.GetFileName(file.FileName), replace,
                string.IsNullOrWhiteSpace(quarter) ? null : quarter.Trim()), buffer.ToArray());
        }

        var merge = intake.Merge(Latest, request.FileName, content, request.Replace, request.Quarter);
        (ChangeLog, PreviewedVersion, PreviewedFile) = (ChangeLogSheet.Parse(merge.ChangeLog), Latest.Number, request.FileName);
        if (!merge.Succeeded)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await ShowAsync(merge.Exit == 1
                ? "The return has errors or conflicts (below); nothing can be stored until they are put right."
                : $"The return could not be used: {Api.PlanApi.FirstLine(merge.Error)}");
        }

        Pending = request.Keep(splan, content);
        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostCommitAsync(string? pending, int basedOn)
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (!await AllowedAsync())
        {
            return Forbid();
        }

        var who = Api.PlanAccess.Who(User);
        if (PendingReturn.Find(splan, pending, Plan.Id, who) is not { } kept)
        {
            return await ShowAsync("That preview is no longer kept: upload the return again.");
        }

        var (request, content) = (kept.Return, kept.Content);
        var (merge, saved) = await intake.CommitAsync(Plan, basedOn, request.FileName, content, request.Replace, request.Quarter, who, HttpContext.RequestAborted);
        if (saved is { IsStale: true })
        {
            Response.StatusCode = StatusCodes.Status412PreconditionFailed;
            (Pending, PreviewedFile) = (pending, request.FileName);
            return await ShowAsync($"The plan has moved on to version {saved.Latest} since you previewed this return against version {basedOn}; nothing was stored. Preview it again against version {saved.Latest}.");
        }

        using (kept.Folder)
        {
            if (saved?.Saved is not { } version)
            {
                ChangeLog = ChangeLogSheet.Parse(merge?.ChangeLog);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return await ShowAsync("The return no longer merges cleanly; nothing was stored.");
            }

            Saved = version;
            ChangeLog = ChangeLogSheet.Parse(merge!.ChangeLog);
        }

        await LoadAsync();
        return await ShowAsync();
    }

    private async Task<bool> AllowedAsync() => (await authorization.AuthorizeAsync(User, HubRoles.CanEdit)).Succeeded;

    private async Task<IActionResult> ShowAsync(string? problem = null)
    {
        Problem = problem;
        CanEdit = await AllowedAsync();
        Uploads = await Store.ReturnsAsync(Plan.Id, HttpContext.RequestAborted);
        return Page();
    }
}
