using Gongkai.Web.Platform.Deadlines;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>One running deadline as supervision shows it: marked, with the names of who answers for it.</summary>
public sealed record SupervisionRow(
    RunningDeadline Deadline,
    DeadlineStatus Status,
    int WorkingDaysLeft,
    string AgencyName,
    string DepartmentName,
    string ResponsibleName);
