using System.Globalization;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications.Staff;
using Gongkai.Web.Platform.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>登记申请: the disclosure office registers an application received in person, by post or by fax.</summary>
public sealed class NewModel(AgencyDirectory agencies, RegisterApplication register, TimeProvider time) : PageModel
{
    /// <summary>The ways of receipt staff register; online applications are submitted by the applicant.</summary>
    public static readonly IReadOnlyList<ReceiptChannel> Channels =
        [ReceiptChannel.InPerson, ReceiptChannel.RegisteredMail, ReceiptChannel.OrdinaryMail, ReceiptChannel.Fax];

    public Agency Agency { get; private set; } = null!;
    public ApplicationInput Input { get; private set; } = new();
    public string? Channel { get; private set; }
    public string? ReceivedOn { get; private set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public string? Error { get; private set; }

    public string BaseUrl => $"/admin/{Agency.Code}/applications";

    public async Task<IActionResult> OnGetAsync(string agency)
    {
        if (await EnterAsync(agency) is { } refused)
        {
            return refused;
        }

        ReceivedOn = ChineseDate.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] ApplicationInput input, [FromForm] string? channel, [FromForm] string? receivedOn)
    {
        if (await EnterAsync(agency) is { } refused)
        {
            return refused;
        }

        Input = input ?? new ApplicationInput();
        Channel = channel;
        ReceivedOn = receivedOn;
        try
        {
            var result = await register.HandleAsync(Agency.Id, Input, channel, receivedOn, User.ToStaffActor(Agency.Id), HttpContext.RequestAborted);
            if (result.Errors.Count == 0 && result.Id is { } id)
            {
                TempData[RegisteredModel.QueryCodeKey] = result.QueryCode;
                TempData[RegisteredModel.CaseKey] = id.ToString();
                return Redirect($"{BaseUrl}/registered?id={id}");
            }

            Errors = result.Errors;
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public bool Has(string field) => Errors.ContainsKey(field);

    private async Task<IActionResult?> EnterAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return NotFound();
        }

        if (!CaseAccess.CanRegister(User.ToStaffActor(found.Id)))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Agency = found;
        return null;
    }
}
