namespace Gongkai.Web.Platform.Audit;

/// <summary>One appended line of the audit log: who did what to which record, with the fields before and after.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime at, Guid? actorId, string actorName, Guid? agencyId, string action, string entityType, string entityId, string operation, string changes)
    {
        Id = Guid.NewGuid();
        At = at;
        ActorId = actorId;
        ActorName = actorName;
        AgencyId = agencyId;
        Action = action;
        EntityType = entityType;
        EntityId = entityId;
        Operation = operation;
        Changes = changes;
    }

    public Guid Id { get; private set; }
    public DateTime At { get; private set; }
    public Guid? ActorId { get; private set; }
    public string ActorName { get; private set; } = "";
    public Guid? AgencyId { get; private set; }
    public string Action { get; private set; } = "";
    public string EntityType { get; private set; } = "";
    public string EntityId { get; private set; } = "";

    /// <summary>新增, 修改 or 删除.</summary>
    public string Operation { get; private set; } = "";

    /// <summary>JSON object: field → {"before": …, "after": …}.</summary>
    public string Changes { get; private set; } = "";
}
