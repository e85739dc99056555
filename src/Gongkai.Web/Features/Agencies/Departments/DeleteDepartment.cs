using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

/// <summary>
/// Deletes one of the agency's departments; refused while staff still belong to it (they would lose their department
/// without anyone deciding where they go). False when the agency has no such department.
/// </summary>
public sealed class DeleteDepartment(GongkaiDbContext db)
{
    public async Task<bool> HandleAsync(Guid agencyId, Guid departmentId, CancellationToken cancellationToken = default)
    {
        var department = await db.Departments
            .SingleOrDefaultAsync(d => d.Id == departmentId && d.AgencyId == agencyId, cancellationToken);
        if (department is null)
        {
            return false;
        }

        var members = await db.Users.CountAsync(u => u.DepartmentId == departmentId, cancellationToken);
        if (members > 0)
        {
            throw new DomainException($"“{department.Name}”还有{members}名工作人员，请先把他们调到其他处室，再删除该处室。");
        }

        db.Departments.Remove(department);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another capability's records (cases, documents …) may point at the department.
            throw new DomainException($"“{department.Name}”仍被其他业务数据引用，不能删除。");
        }

        return true;
    }
}
