namespace Gongkai.Web.Platform.Auth;

/// <summary>The roles of staff; granted per agency (see <see cref="RoleGrant"/>).</summary>
public static class StaffRole
{
    public const string PlatformAdmin = nameof(PlatformAdmin);
    public const string AgencyAdmin = nameof(AgencyAdmin);
    public const string Drafter = nameof(Drafter);
    public const string OfficeReviewer = nameof(OfficeReviewer);
    public const string ConfidentialityReviewer = nameof(ConfidentialityReviewer);
    public const string DisclosureOfficer = nameof(DisclosureOfficer);
    public const string Handler = nameof(Handler);
    public const string Leader = nameof(Leader);

    public static readonly IReadOnlyList<string> All =
    [
        PlatformAdmin, AgencyAdmin, Drafter, OfficeReviewer, ConfidentialityReviewer, DisclosureOfficer, Handler, Leader,
    ];

    /// <summary>Roles an agency administrator may grant; PlatformAdmin only a platform administrator grants.</summary>
    public static readonly IReadOnlyList<string> AgencyRoles = [.. All.Where(r => r != PlatformAdmin)];

    public static bool IsKnown(string role) => All.Contains(role);

    public static string ToChinese(string role) => role switch
    {
        PlatformAdmin => "平台管理员",
        AgencyAdmin => "机关管理员",
        Drafter => "起草人",
        OfficeReviewer => "办公室审核",
        ConfidentialityReviewer => "保密审查员",
        DisclosureOfficer => "政务公开办",
        Handler => "承办人",
        Leader => "分管领导",
        _ => role,
    };
}
