using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

public sealed class EditModel(AgencyDirectory agencies, GongkaiDbContext db, ChangeDepartment change) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public string CurrentName { get; private set; } = "";
    public DepartmentForm Form { get; private set; } = new();
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, Guid id)
    {
        var department = await LoadAsync(agency, id);
        if (department is null)
        {
            return NotFound();
        }

        Form = new DepartmentForm { Name = department.Name, SortOrder = department.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agency, Guid id, [FromForm] DepartmentForm form)
    {
        if (await LoadAsync(agency, id) is null)
        {
            return NotFound();
        }

        try
        {
            if (!await change.HandleAsync(Agency.Id, id, form, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Form = form;
            Error = ex.Message;
            return Page();
        }

        return Redirect($"/admin/{Agency.Code}/manage/departments?done=saved");
    }

    // Only the route agency's own departments: an id from another agency is simply not found.
    private async Task<Department?> LoadAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return null;
        }

        Agency = found;
        var department = await db.Departments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == id && d.AgencyId == found.Id, HttpContext.RequestAborted);
        CurrentName = department?.Name ?? "";
        return department;
    }
}
