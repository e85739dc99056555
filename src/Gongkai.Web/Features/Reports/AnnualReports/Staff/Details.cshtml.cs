using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Reports.AnnualReports.Output;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports.Staff;

/// <summary>
/// One report in the back office: the narrative and typed cells (while a draft), 重新计算, the cross-check, the
/// tables as the public will read them, the moves of the workflow, the history, and DOCX/XLSX of any state for staff.
/// </summary>
internal sealed class DetailsModel(AnnualReportAccess access, GongkaiDbContext db, ChangeAnnualReport change) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public StaffActor Actor { get; private set; } = null!;
    public AnnualReport Report { get; private set; } = null!;
    public ReportText Text { get; private set; } = null!;
    public IReadOnlyDictionary<string, string> Raw { get; private set; } = new Dictionary<string, string>();
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }
    public string? Done { get; private set; }

    public bool CanEdit => Report.Status == AnnualReportStatus.Draft && AnnualReportAccess.CanDraft(Actor);
    public bool CanApprove => Report.Status == AnnualReportStatus.InReview && AnnualReportAccess.CanApprove(Actor);

    public IEnumerable<string> EditableKeys => Report.IsManual ? ReportFormat.AllKeys() : ReportFormat.EnteredProactiveKeys;

    public async Task<IActionResult> OnGetAsync(string agency, int year)
    {
        var result = await LoadAsync(agency, year);
        if (result is not null)
        {
            return result;
        }

        Done = TempData["ReportDone"] as string;
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string agency, int year, string? format)
    {
        var result = await LoadAsync(agency, year);
        if (result is not null)
        {
            return result;
        }

        var file = AnnualReportFiles.Download(new AnnualReportDocument(Agency.FullName, Report), format);
        return file is null ? NotFound() : new HttpResultWrapper(file);
    }

    public async Task<IActionResult> OnPostEditAsync(string agency, int year, string? overview, string? proactiveIntro, string? applicationsIntro, string? challengesIntro, string? problems, string? other)
    {
        var result = await LoadAsync(agency, year);
        if (result is not null)
        {
            return result;
        }

        if (!AnnualReportAccess.CanDraft(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var text = ReportText.Sanitized(overview, proactiveIntro, applicationsIntro, challengesIntro, problems, other);
        var (typed, raw, errors) = ReportFields.Read(Request.Form, EditableKeys, Report.Figures);
        foreach (var (field, value) in new[] { ("overview", text.Overview), ("problems", text.Problems), ("other", text.Other) })
        {
            if (value.Length > AnnualReport.MaxNarrative)
            {
                errors[field] = $"内容过长，请控制在{AnnualReport.MaxNarrative}字以内。";
            }
        }

        foreach (var (field, value) in new[] { ("proactiveIntro", text.ProactiveIntro), ("applicationsIntro", text.ApplicationsIntro), ("challengesIntro", text.ChallengesIntro) })
        {
            if (value.Length > 2000)
            {
                errors[field] = "说明文字请控制在2000字以内。";
            }
        }

        if (errors.Count > 0)
        {
            Text = new ReportText(overview ?? "", proactiveIntro ?? "", applicationsIntro ?? "", challengesIntro ?? "", problems ?? "", other ?? "");
            Raw = raw;
            Errors = errors;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return await StepAsync(agency, year, c => Task.Run(() => c.Report.Edit(text, typed, Actor, c.Now)), "已保存。");
    }

    public Task<IActionResult> OnPostRecomputeAsync(string agency, int year) =>
        StepAsync(agency, year, async c => c.Report.Recompute(await c.ComputeAsync(), Actor, c.Now), "已根据最新记录重新计算。");

    public Task<IActionResult> OnPostSubmitAsync(string agency, int year) =>
        StepAsync(agency, year, async c => c.Report.Submit(c.Report.IsManual ? null : await c.ComputeAsync(), Actor, c.Now), "已提交审核，表格数据已冻结。");

    public Task<IActionResult> OnPostReturnAsync(string agency, int year, string? reason) =>
        StepAsync(agency, year, c => Task.Run(() => c.Report.Return(reason ?? "", Actor, c.Now)), "已退回修改。");

    public Task<IActionResult> OnPostPublishAsync(string agency, int year) =>
        StepAsync(agency, year, c => Task.Run(() => c.Report.Publish(Actor, c.Today, c.Now)), "已发布到公开专栏。");

    private async Task<IActionResult> StepAsync(string agency, int year, Func<ReportChange, Task> step, string done)
    {
        var result = await LoadAsync(agency, year);
        if (result is not null)
        {
            return result;
        }

        try
        {
            await change.HandleAsync(Agency.Id, year, step, HttpContext.RequestAborted);
            TempData["ReportDone"] = done;
            return Redirect(AnnualReportUrls.StaffDetails(Agency.Code, year));
        }
        catch (DomainException e)
        {
            // Nothing was saved: the page shows the report as stored, and why the step was refused.
            db.ChangeTracker.Clear();
            Error = e.Message;
            await LoadAsync(agency, year);
            Response.StatusCode = Report.Status == AnnualReportStatus.Draft || AnnualReportWorkflow.MayApprove(Actor.Roles) || AnnualReportWorkflow.MayDraft(Actor.Roles)
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status403Forbidden;
            return Page();
        }
    }

    private async Task<IActionResult?> LoadAsync(string agency, int year)
    {
        if (await access.ForAsync(agency, User) is not { } context)
        {
            return NotFound();
        }

        (Agency, Actor) = context;
        if (!AnnualReportAccess.CanRead(Actor))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var report = await db.Set<AnnualReport>().AsNoTracking().Include(r => r.History)
            .SingleOrDefaultAsync(r => r.AgencyId == Agency.Id && r.Year == year, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        Report = report;
        Text = new ReportText(report.OverviewHtml, report.ProactiveIntro, report.ApplicationsIntro, report.ChallengesIntro, report.ProblemsHtml, report.OtherHtml);
        var figures = report.Figures;
        Raw = EditableKeys.ToDictionary(k => k, k => figures[k].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
        return null;
    }

    /// <summary>A minimal-API result returned from a page handler.</summary>
    private sealed class HttpResultWrapper(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
