using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>The demo account of a role in an agency, as the actor that signs what the demo loaders do.</summary>
internal static class DemoStaff
{
    public static async Task<StaffActor?> ActorAsync(GongkaiDbContext db, string agencyCode, Guid agencyId, string role, CancellationToken cancellationToken)
    {
        var userName = DemoData.UserName(agencyCode, role);
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName && u.AgencyId == agencyId)
            .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        return user is null ? null : new StaffActor(user.Id, user.DisplayName, new HashSet<string> { role });
    }
}
