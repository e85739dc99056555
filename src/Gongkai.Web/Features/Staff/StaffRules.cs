using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Staff;

/// <summary>Who may grant which role, and what nobody may do to an account.</summary>
public static class StaffRules
{
    public const int MaxDisplayNameLength = 64;

    /// <summary>The trimmed e-mail address, empty when none was typed; a malformed one is refused.</summary>
    public static string Email(string? email)
    {
        var trimmed = (email ?? "").Trim();
        return trimmed.Length == 0 || Platform.Web.ContactCheck.IsEmail(trimmed)
            ? trimmed
            : throw new DomainException("电子邮箱格式不正确，例如 zhangsan@example.gov.cn。");
    }

    /// <summary>An agency administrator grants the agency roles; only a platform administrator grants PlatformAdmin.</summary>
    public static IReadOnlyList<string> GrantableRoles(bool actorIsPlatformAdmin) =>
        actorIsPlatformAdmin ? StaffRole.All : StaffRole.AgencyRoles;

    public static IReadOnlySet<string> ValidRoles(IEnumerable<string> requested, bool actorIsPlatformAdmin)
    {
        var roles = requested.Where(r => !string.IsNullOrWhiteSpace(r)).ToHashSet(StringComparer.Ordinal);
        var unknown = roles.FirstOrDefault(r => !StaffRole.IsKnown(r));
        if (unknown is not null)
        {
            throw new DomainException($"未知角色：{unknown}。");
        }

        if (roles.Contains(StaffRole.PlatformAdmin) && !actorIsPlatformAdmin)
        {
            throw new DomainException("只有平台管理员可以授予平台管理员角色。");
        }

        return roles.Count == 0 ? throw new DomainException("请至少选择一个角色。") : roles;
    }

    /// <summary>
    /// A platform administrator's account is managed by platform administrators only: otherwise an agency
    /// administrator could reset its password and sign in with the platform's powers.
    /// </summary>
    public static void EnsureMayManage(bool actorIsPlatformAdmin, IReadOnlyCollection<string> targetRoles)
    {
        if (!actorIsPlatformAdmin && targetRoles.Contains(StaffRole.PlatformAdmin))
        {
            throw new DomainException("平台管理员的账号只能由平台管理员管理。");
        }
    }

    /// <summary>Nobody takes away their own administration role: the agency (or platform) could be left with no administrator.</summary>
    public static void EnsureKeepsOwnAdminRoles(bool isSelf, IReadOnlyCollection<string> before, IReadOnlySet<string> after)
    {
        if (!isSelf)
        {
            return;
        }

        foreach (var role in new[] { StaffRole.PlatformAdmin, StaffRole.AgencyAdmin })
        {
            if (before.Contains(role) && !after.Contains(role))
            {
                throw new DomainException($"不能取消自己的{StaffRole.ToChinese(role)}角色，请由其他管理员操作。");
            }
        }
    }

    public static string DisplayName(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length is 0 or > MaxDisplayNameLength
            ? throw new DomainException($"请填写姓名（不超过{MaxDisplayNameLength}个字）。")
            : trimmed;
    }

    public static Guid? DepartmentId(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : Guid.TryParse(value, out var id) ? id
        : throw new DomainException("所选处室不存在。");
}
