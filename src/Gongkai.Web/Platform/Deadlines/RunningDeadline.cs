namespace Gongkai.Web.Platform.Deadlines;

/// <summary>
/// One deadline that is still running (the work it asks for is not done), as a feature reports it to supervision.
/// <paramref name="Url"/> is the back-office page where the work is done; <paramref name="DepartmentId"/> and
/// <paramref name="ResponsibleUserId"/> say who must act, when the feature knows.
/// </summary>
public sealed record RunningDeadline(
    DeadlineKind Kind,
    Guid AgencyId,
    Guid ItemId,
    string Subject,
    DateOnly DueOn,
    string Url,
    Guid? DepartmentId,
    Guid? ResponsibleUserId,
    bool Provisional = false);
