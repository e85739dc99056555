using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications.Staff.Settings;

/// <summary>An agency's publication settings: index numbers, periodic review, the 公开指南, and a way to the catalog.</summary>
public sealed class IndexModel(AgencyDirectory agencies, AgencyCatalog catalog, GongkaiDbContext db, ChangePublicationSettings changeSettings, ChangeGuide changeGuide, TimeProvider time) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public PublicationSettingsForm Form { get; private set; } = new();
    public string GuideHtml { get; private set; } = "";
    public string Example { get; private set; } = "";
    public int CategoryCount { get; private set; }
    public string? SettingsError { get; private set; }
    public string? GuideError { get; private set; }
    public string? Notice { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/manage/publications";

    public async Task<IActionResult> OnGetAsync(string agency, string? done)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        Notice = done switch
        {
            "settings" => "索引号规则和定期审查间隔已保存。",
            "guide" => "公开指南已保存。",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(string agency, [FromForm] PublicationSettingsForm form)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        try
        {
            await changeSettings.HandleAsync(Agency.Id, form, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Form = form;
            SettingsError = ex.Message;
            return Page();
        }

        return Redirect($"{BaseUrl}?done=settings");
    }

    public async Task<IActionResult> OnPostGuideAsync(string agency, string? guideHtml)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        try
        {
            await changeGuide.HandleAsync(Agency.Id, guideHtml, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            GuideHtml = guideHtml ?? "";
            GuideError = ex.Message;
            return Page();
        }

        return Redirect($"{BaseUrl}?done=guide");
    }

    private async Task<bool> LoadAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        CategoryCount = (await catalog.EnsureAsync(found.Id)).Count;
        var settings = await db.Set<PublicationSettings>().AsNoTracking().SingleOrDefaultAsync(s => s.AgencyId == found.Id, HttpContext.RequestAborted)
            ?? new PublicationSettings(found.Id);
        Form = new PublicationSettingsForm
        {
            IndexNumberPattern = settings.IndexNumberPattern,
            ReviewIntervalMonths = settings.ReviewIntervalMonths.ToString(CultureInfo.InvariantCulture),
        };
        GuideHtml = settings.GuideHtml;
        Example = IndexNumbers.Format(settings.IndexNumberPattern, found, Platform.Calendar.ChineseDate.Today(time).Year, 1);
        return true;
    }
}
