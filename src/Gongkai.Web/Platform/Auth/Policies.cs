namespace Gongkai.Web.Platform.Auth;

public static class Policies
{
    /// <summary>Any signed-in member of staff.</summary>
    public const string Staff = nameof(Staff);

    /// <summary>Staff of the agency named by the route's {agency} value, or a platform administrator.</summary>
    public const string AgencyStaff = nameof(AgencyStaff);

    /// <summary>An agency administrator of the route's agency, or a platform administrator.</summary>
    public const string AgencyAdmin = nameof(AgencyAdmin);

    public const string PlatformAdmin = nameof(PlatformAdmin);
}
