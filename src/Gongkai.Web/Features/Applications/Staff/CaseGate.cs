using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>Whether one case opens for a member of staff, asked before anything of the case is read or changed.</summary>
public sealed class CaseGate(GongkaiDbContext db)
{
    public async Task<CaseEntry> HandleAsync(Guid agencyId, Guid applicationId, StaffActor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!CaseAccess.CanList(actor))
        {
            return CaseEntry.Forbidden(CaseAccess.ForbiddenMessage);
        }

        // Only the route agency's own cases: an id of another agency is simply not found.
        var inAgency = db.Set<Application>().AsNoTracking().Where(a => a.Id == applicationId && a.AgencyId == agencyId);
        if (!await inAgency.AnyAsync(cancellationToken))
        {
            return CaseEntry.NotFound;
        }

        if (await CaseAccess.Filter(inAgency, actor).AnyAsync(cancellationToken))
        {
            return CaseEntry.Open;
        }

        return CaseEntry.Forbidden(actor.Holds(StaffRole.Handler)
            ? "本申请未分派给您承办，您不能查看或办理。"
            : "分管领导可以查看承办中、征求意见中的申请；本申请当前不在此列。");
    }
}

/// <summary>The answer of <see cref="CaseGate"/>: open, not found (404), or forbidden (403) with the reason in Chinese.</summary>
public sealed record CaseEntry(int StatusCode, string Message)
{
    public static readonly CaseEntry Open = new(StatusCodes.Status200OK, "");
    public static readonly CaseEntry NotFound = new(StatusCodes.Status404NotFound, "");

    public bool IsOpen => StatusCode == StatusCodes.Status200OK;

    public static CaseEntry Forbidden(string message) => new(StatusCodes.Status403Forbidden, message);
}
