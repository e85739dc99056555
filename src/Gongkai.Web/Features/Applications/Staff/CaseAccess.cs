using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// Who sees which cases of an agency: the disclosure office all of them, a handler the cases assigned to them, a leader
/// the cases in handling or consultation (to approve extensions), without the applicant's personal data. Nobody else.
/// </summary>
public static class CaseAccess
{
    public const string ForbiddenMessage = "依申请公开的办理限于政务公开办、承办人和分管领导。";

    /// <summary>Whether the actor may open the list of cases at all (each role then sees its own rows).</summary>
    public static bool CanList(StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Holds(StaffRole.DisclosureOfficer)
            || (actor.Holds(StaffRole.Handler) && actor.Id is not null)
            || actor.Holds(StaffRole.Leader);
    }

    /// <summary>Only the disclosure office registers applications received in person, by post or by fax.</summary>
    public static bool CanRegister(StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Holds(StaffRole.DisclosureOfficer);
    }

    /// <summary>The rows of <paramref name="cases"/> the actor may see; none when they may see none.</summary>
    public static IQueryable<Application> Filter(IQueryable<Application> cases, StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Holds(StaffRole.DisclosureOfficer))
        {
            return cases;
        }

        var handlerId = actor.Holds(StaffRole.Handler) ? actor.Id : null;
        var leader = actor.Holds(StaffRole.Leader);
        if (handlerId is null && !leader)
        {
            return cases.Where(_ => false);
        }

        return cases.Where(a =>
            (handlerId != null && a.HandlerId == handlerId)
            || (leader && (a.Status == ApplicationStatus.Handling || a.Status == ApplicationStatus.Consulting)));
    }

    /// <summary>Whether the applicant's name, ID number, phone and address show in full for this actor on this case.</summary>
    public static bool SeesApplicantData(StaffActor actor, Application application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return application.MayBeSeenInFullBy(actor);
    }
}
