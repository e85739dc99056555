using Gongkai.Web.Features.Applications.Challenges;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>Loads one case of one agency for its page; null when the agency has no such case. Ask <see cref="CaseGate"/> first.</summary>
public sealed class CaseDetails(GongkaiDbContext db, RepeatCheck repeats, TimeProvider time)
{
    public async Task<CaseView?> HandleAsync(Guid agencyId, Guid applicationId, CancellationToken cancellationToken = default)
    {
        var application = await db.Set<Application>().AsNoTracking()
            .Include(a => a.History)
            .Include(a => a.Consultations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.AgencyId == agencyId, cancellationToken);
        if (application is null)
        {
            return null;
        }

        var challenges = await db.Set<Challenge>().AsNoTracking()
            .Where(c => c.ApplicationId == applicationId)
            .OrderBy(c => c.FiledOn).ThenBy(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var similar = await repeats.FindAsync(agencyId, application.Id, application.ApplicantKey, application.Description, time.GetUtcNow().UtcDateTime, cancellationToken);

        // Only the cases that may still be assigned need the choices of department and handler.
        var assignable = application.Status is ApplicationStatus.Registered or ApplicationStatus.Handling;
        var departments = assignable
            ? await db.Departments.AsNoTracking().Where(d => d.AgencyId == agencyId).OrderBy(d => d.SortOrder).ToListAsync(cancellationToken)
            : [];
        var handlers = assignable
            ? await db.Users.AsNoTracking()
                .Where(u => u.AgencyId == agencyId && !u.Disabled
                    && db.RoleGrants.Any(g => g.UserId == u.Id && g.AgencyId == agencyId && g.Role == StaffRole.Handler))
                .OrderBy(u => u.DisplayName)
                .Select(u => new CaseHandler(u.Id, u.DisplayName))
                .ToListAsync(cancellationToken)
            : [];
        return new CaseView(application, challenges, [.. similar.OrderByDescending(s => s.Similarity)], departments, handlers);
    }
}
