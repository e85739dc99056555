using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

/// <summary>Adds a department to an agency; names are unique within the agency.</summary>
public sealed class AddDepartment(GongkaiDbContext db)
{
    public async Task<Department> HandleAsync(Guid agencyId, DepartmentForm form, CancellationToken cancellationToken = default)
    {
        var last = await db.Departments.Where(d => d.AgencyId == agencyId).MaxAsync(d => (int?)d.SortOrder, cancellationToken);
        var sortOrder = SortOrderInput.Parse(form.SortOrder, Math.Min((last ?? -1) + 1, SortOrderInput.Max));
        var department = new Department(Guid.NewGuid(), agencyId, form.Name ?? "", sortOrder);
        await DepartmentNames.EnsureFreeAsync(db, agencyId, department.Name, except: null, cancellationToken);
        db.Departments.Add(department);
        await db.SaveChangesAsync(cancellationToken);
        return department;
    }
}
