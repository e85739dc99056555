using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;
using Microsoft.AspNetCore.Mvc;

namespace Gongkai.Web.Features.Publications.Staff;

public sealed class NewModel(AgencyDirectory agencies, AgencyCatalog catalog, SaveDraft save) : DraftPageModel(agencies, catalog)
{
    public async Task<IActionResult> OnGetAsync(string agency)
    {
        if (!await LoadAgencyAsync(agency))
        {
            return NotFound();
        }

        if (!User.ToStaffActor(Agency.Id).Holds(StaffRole.Drafter))
        {
            Errors = ["只有起草人可以起草文件。"];
        }

        Form = new DocumentForm { Attribute = nameof(DisclosureAttribute.Proactive) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] DocumentForm form)
    {
        if (!await LoadAgencyAsync(agency))
        {
            return NotFound();
        }

        var result = await save.HandleAsync(Agency.Id, null, form, await ReadFilesAsync(), User.ToStaffActor(Agency.Id), HttpContext.RequestAborted);
        if (!result.Saved)
        {
            Form = form;
            Errors = result.Errors;
            return Page();
        }

        return Redirect($"{BaseUrl}/{result.DocumentId}?done=saved");
    }
}
