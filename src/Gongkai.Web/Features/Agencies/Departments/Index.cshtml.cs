using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Agencies.Departments;

public sealed class IndexModel(AgencyDirectory agencies, DepartmentList list, AddDepartment add) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public IReadOnlyList<DepartmentRow> Departments { get; private set; } = [];
    public DepartmentForm Form { get; private set; } = new();
    public string? Error { get; private set; }
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, string? done)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        Notice = done switch
        {
            "added" => "处室已添加。",
            "saved" => "处室已修改。",
            "deleted" => "处室已删除。",
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, [FromForm] DepartmentForm form)
    {
        if (!await LoadAsync(agency))
        {
            return NotFound();
        }

        try
        {
            await add.HandleAsync(Agency.Id, form, HttpContext.RequestAborted);
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            return Page();
        }

        return Redirect($"/admin/{Agency.Code}/manage/departments?done=added");
    }

    private async Task<bool> LoadAsync(string code)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        Departments = await list.HandleAsync(found.Id, HttpContext.RequestAborted);
        return true;
    }
}
