using Microsoft.AspNetCore.Identity;

namespace Gongkai.Web.Platform.Auth;

/// <summary>A member of staff: signs in with Identity, belongs to one agency and optionally one department.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public Guid AgencyId { get; set; }
    public Guid? DepartmentId { get; set; }
    public bool Disabled { get; set; }
}
