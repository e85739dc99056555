namespace Gongkai.Web.Features.Agencies;

/// <summary>机关: a body that publishes; agencies form a tree (省厅 → 市局 → 区县局).</summary>
public sealed class Agency
{
    private Agency()
    {
    }

    public Agency(Guid id, string code, string fullName, string shortName, AgencyLevel level, Guid? parentId)
    {
        Id = id;
        Code = AgencyCode.Normalize(code);
        FullName = Required(fullName, "机关全称", 128);
        ShortName = Required(shortName, "机关简称", 64);
        Level = Defined(level);
        ParentId = parentId;
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public string ShortName { get; private set; } = "";
    public AgencyLevel Level { get; private set; }
    public Guid? ParentId { get; private set; }
    public int SortOrder { get; private set; }
    public string CreditCode { get; private set; } = "";
    public string Address { get; private set; } = "";
    public string Phone { get; private set; } = "";
    public string OfficeHours { get; private set; } = "";
    public string DisclosureOfficeContact { get; private set; } = "";

    public void Rename(string fullName, string shortName)
    {
        FullName = Required(fullName, "机关全称", 128);
        ShortName = Required(shortName, "机关简称", 64);
    }

    public void ChangeLevel(AgencyLevel level) => Level = Defined(level);

    public void MoveUnder(Guid? parentId, int sortOrder)
    {
        if (parentId == Id)
        {
            throw new DomainException("机关不能作为自己的上级机关。");
        }

        ParentId = parentId;
        SortOrder = sortOrder;
    }

    public void UpdateContact(AgencyContact contact)
    {
        var creditCode = contact.CreditCode.Trim().ToUpperInvariant();
        if (creditCode.Length != 0 && !UnifiedSocialCreditCode.IsValid(creditCode))
        {
            throw new DomainException("统一社会信用代码格式不正确，应为18位且校验位正确。");
        }

        CreditCode = creditCode;
        Address = Optional(contact.Address, "办公地址", 256);
        Phone = Optional(contact.Phone, "联系电话", 64);
        OfficeHours = Optional(contact.OfficeHours, "办公时间", 256);
        DisclosureOfficeContact = Optional(contact.DisclosureOfficeContact, "政府信息公开工作机构", 256);
    }

    private static string Required(string value, string field, int maxLength)
    {
        var trimmed = Optional(value, field, maxLength);
        return trimmed.Length == 0 ? throw new DomainException($"请填写{field}。") : trimmed;
    }

    // The columns are bounded (varchar on PostgreSQL): refuse in Chinese rather than fail in the database.
    private static string Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length > maxLength ? throw new DomainException($"{field}不能超过{maxLength}个字。") : trimmed;
    }

    private static AgencyLevel Defined(AgencyLevel level) =>
        Enum.IsDefined(level) ? level : throw new DomainException("请选择机关层级。");
}
