namespace Gongkai.Web.Platform.Auth;

/// <summary>A role held by a member of staff within one agency.</summary>
public sealed class RoleGrant
{
    private RoleGrant()
    {
    }

    public RoleGrant(Guid userId, Guid agencyId, string role)
    {
        if (!StaffRole.IsKnown(role))
        {
            throw new DomainException($"未知角色：{role}");
        }

        Id = Guid.NewGuid();
        UserId = userId;
        AgencyId = agencyId;
        Role = role;
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Role { get; private set; } = "";
}
