using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

/// <summary>Renames or reorders one of the agency's departments; false when the agency has no such department.</summary>
public sealed class ChangeDepartment(GongkaiDbContext db)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid departmentId, DepartmentForm form, CancellationToken cancellationToken = default)
    {
        var department = await db.Departments
            .SingleOrDefaultAsync(d => d.Id == departmentId && d.AgencyId == agencyId, cancellationToken);
        if (department is null)
        {
            return false;
        }

        department.Rename(form.Name ?? "", SortOrderInput.Parse(form.SortOrder, department.SortOrder));
        await DepartmentNames.EnsureFreeAsync(db, agencyId, department.Name, except: department.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
