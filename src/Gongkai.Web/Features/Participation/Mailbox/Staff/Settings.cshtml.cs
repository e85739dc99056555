using Gongkai.Web.Features.Agencies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>信箱答复期限: the agency's answer period in working days (agency administrators only, by route).</summary>
internal sealed class SettingsModel(AgencyDirectory agencies, MailboxSettingsStore store) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public string? AnswerWorkingDays { get; private set; }
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, string? done)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        AnswerWorkingDays = (await store.ForAsync(found.Id, HttpContext.RequestAborted)).AnswerWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Notice = done == "saved" ? "已保存。此后收到的留言按新的答复期限计算，已收到的不变。" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] string? answerWorkingDays)
    {
        var found = await agencies.FindAsync(agency);
        if (found is null)
        {
            return NotFound();
        }

        Agency = found;
        AnswerWorkingDays = answerWorkingDays;
        try
        {
            if (!int.TryParse(answerWorkingDays?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days))
            {
                throw new DomainException($"答复期限应为1至{MailboxSettings.MaxAnswerWorkingDays}个工作日（整数）。");
            }

            await store.ChangeAsync(found.Id, days, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect($"/admin/{found.Code}/manage/mailbox?done=saved");
    }
}
