namespace Gongkai.Web.Features.Agencies;

/// <summary>处室/科室: a unit inside an agency.</summary>
public sealed class Department
{
    private Department()
    {
    }

    public Department(Guid id, Guid agencyId, string name, int sortOrder)
    {
        Id = id;
        AgencyId = agencyId;
        Name = ValidName(name);
        SortOrder = sortOrder;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public string Name { get; private set; } = "";
    public int SortOrder { get; private set; }

    public void Rename(string name, int sortOrder)
    {
        Name = ValidName(name);
        SortOrder = sortOrder;
    }

    private static string ValidName(string name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length is 0 or > 64
            ? throw new DomainException("处室名称不能为空，且不超过64个字。")
            : trimmed;
    }
}
