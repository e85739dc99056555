using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

/// <summary>The confirmation step before a department is deleted.</summary>
public sealed class DeleteModel(AgencyDirectory agencies, GongkaiDbContext db, DeleteDepartment delete) : PageModel
{
    public Agency Agency { get; private set; } = null!;
    public string Name { get; private set; } = "";
    public int StaffCount { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agency, Guid id) =>
        await LoadAsync(agency, id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string agency, Guid id)
    {
        if (!await LoadAsync(agency, id))
        {
            return NotFound();
        }

        try
        {
            if (!await delete.HandleAsync(Agency.Id, id, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }
        catch (DomainException ex)
        {
            Error = ex.Message;
            return Page();
        }

        return Redirect($"/admin/{Agency.Code}/manage/departments?done=deleted");
    }

    private async Task<bool> LoadAsync(string code, Guid id)
    {
        var found = await agencies.FindAsync(code);
        if (found is null)
        {
            return false;
        }

        Agency = found;
        var department = await db.Departments.AsNoTracking()
            .Where(d => d.Id == id && d.AgencyId == found.Id)
            .Select(d => new { d.Name, Staff = db.Users.Count(u => u.DepartmentId == d.Id) })
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (department is null)
        {
            return false;
        }

        Name = department.Name;
        StaffCount = department.Staff;
        return true;
    }
}
