using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Agencies.Departments;

internal static class DepartmentNames
{
    // The unique index would refuse it too, but as a database error rather than a sentence.
    public static async Task EnsureFreeAsync(GongkaiDbContext db, Guid agencyId, string name, Guid? except, CancellationToken cancellationToken)
    {
        var taken = await db.Departments
            .AnyAsync(d => d.AgencyId == agencyId && d.Name == name && d.Id != except, cancellationToken);
        if (taken)
        {
            throw new DomainException($"本机关已有名为“{name}”的处室。");
        }
    }
}
