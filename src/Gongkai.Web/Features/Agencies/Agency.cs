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
        FullName = Required(fullName, "机关全称");
        ShortName = Required(shortName, "机关简称");
        Level = level;
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
        FullName = Required(fullName, "机关全称");
        ShortName = Required(shortName, "机关简称");
    }

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
        Address = contact.Address.Trim();
        Phone = contact.Phone.Trim();
        OfficeHours = contact.OfficeHours.Trim();
        DisclosureOfficeContact = contact.DisclosureOfficeContact.Trim();
    }

    private static string Required(string value, string field)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? throw new DomainException($"请填写{field}。") : trimmed;
    }
}
