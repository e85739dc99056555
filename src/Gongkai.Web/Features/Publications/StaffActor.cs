namespace Gongkai.Web.Features.Publications;

/// <summary>Who moves a document: a member of staff with the roles they hold in the document's agency, or the scheduler.</summary>
public sealed record StaffActor(Guid? Id, string Name, IReadOnlySet<string> Roles)
{
    public static readonly StaffActor Scheduler = new(null, "系统定时任务", new HashSet<string> { DocumentWorkflow.System });

    public bool Holds(string role) => Roles.Contains(role);
}
