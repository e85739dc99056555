using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Audit;

/// <summary>
/// Chinese names for what the log records in code terms (entity types, fields, a few coded values). Anything not
/// listed is shown under its code name: nothing is hidden because it has no label yet.
/// </summary>
public static class AuditLabels
{
    private static readonly Dictionary<string, string> Entities = new(StringComparer.Ordinal)
    {
        ["Agency"] = "机关",
        ["Department"] = "处室",
        ["StaffUser"] = "工作人员",
        ["RoleGrant"] = "角色授权",
        ["CalendarArrangement"] = "工作日历调整",
        ["CalendarYear"] = "工作日历年度",
        ["Document"] = "政府信息",
        ["DocumentHistoryEntry"] = "文件流转记录",
        ["DocumentVersion"] = "文件历史版本",
        ["DocumentAttachment"] = "附件",
        ["CatalogCategory"] = "公开目录",
        ["PublicationSettings"] = "发布设置",
        ["IndexNumberCounter"] = "索引号计数",
        ["DocumentImport"] = "批量导入",
        ["IdentityUserClaim`1"] = "工作人员声明",
        ["IdentityUserLogin`1"] = "工作人员外部登录",
        ["IdentityUserToken`1"] = "工作人员令牌",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["Id"] = "编号",
        ["Code"] = "机关代码",
        ["FullName"] = "机关全称",
        ["ShortName"] = "机关简称",
        ["Level"] = "层级",
        ["ParentId"] = "上级机关",
        ["SortOrder"] = "排序号",
        ["CreditCode"] = "统一社会信用代码",
        ["Address"] = "办公地址",
        ["Phone"] = "联系电话",
        ["OfficeHours"] = "办公时间",
        ["DisclosureOfficeContact"] = "政府信息公开工作机构",
        ["AgencyId"] = "所属机关",
        ["Name"] = "名称",
        ["DisplayName"] = "姓名",
        ["UserName"] = "用户名",
        ["NormalizedUserName"] = "用户名（规范化）",
        ["DepartmentId"] = "处室",
        ["Disabled"] = "已停用",
        ["UserId"] = "工作人员",
        ["Role"] = "角色",
        ["PasswordHash"] = "密码",
        ["SecurityStamp"] = "安全戳",
        ["ConcurrencyStamp"] = "并发戳",
        ["LockoutEnabled"] = "启用锁定",
        ["Email"] = "电子邮箱",
        ["NormalizedEmail"] = "电子邮箱（规范化）",
        ["EmailConfirmed"] = "邮箱已确认",
        ["PhoneNumber"] = "手机号码",
        ["PhoneNumberConfirmed"] = "手机号已确认",
        ["TwoFactorEnabled"] = "启用双因素认证",
        ["Date"] = "日期",
        ["IsOffDay"] = "休息日",
        ["AddedBy"] = "添加人",
        ["AddedAt"] = "添加时间",
        ["Year"] = "年度",
        ["ConfirmedBy"] = "确认人",
        ["ConfirmedAt"] = "确认时间",
    };

    public static string Entity(string entityType) => Entities.GetValueOrDefault(entityType, entityType);

    public static string Field(string field) => Fields.GetValueOrDefault(field, field);

    /// <summary>A stored value in words: roles, levels and yes/no in Chinese, ids by the names in <paramref name="names"/>.</summary>
    public static string? Value(string field, string? value, IReadOnlyDictionary<string, string> names)
    {
        if (value is null)
        {
            return null;
        }

        if (field == "Role")
        {
            return StaffRole.ToChinese(value);
        }

        if (field == "Level" && Enum.TryParse<AgencyLevel>(value, out var level) && Enum.IsDefined(level))
        {
            return level.ToChinese();
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag ? "是" : "否";
        }

        return names.TryGetValue(value, out var name) ? $"{name}（{value}）" : value;
    }
}
