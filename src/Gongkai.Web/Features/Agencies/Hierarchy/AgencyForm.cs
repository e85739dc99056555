namespace Gongkai.Web.Features.Agencies.Hierarchy;

/// <summary>The platform administrator's agency form, as typed (the code only when creating).</summary>
public sealed class AgencyForm
{
    public string? Code { get; set; }
    public string? FullName { get; set; }
    public string? ShortName { get; set; }

    /// <summary>An <see cref="AgencyLevel"/> name.</summary>
    public string? Level { get; set; }

    /// <summary>The parent agency's id; empty for a top-level agency.</summary>
    public string? ParentId { get; set; }

    public string? SortOrder { get; set; }

    public static AgencyForm From(Agency agency) => new()
    {
        Code = agency.Code,
        FullName = agency.FullName,
        ShortName = agency.ShortName,
        Level = agency.Level.ToString(),
        ParentId = agency.ParentId?.ToString(),
        SortOrder = agency.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public AgencyLevel ParsedLevel() =>
        Enum.TryParse<AgencyLevel>(Level, ignoreCase: false, out var level) && Enum.IsDefined(level) && !int.TryParse(Level, out _)
            ? level
            : throw new DomainException("请选择机关层级。");

    public Guid? ParsedParentId() =>
        string.IsNullOrWhiteSpace(ParentId) ? null
        : Guid.TryParse(ParentId, out var id) ? id
        : throw new DomainException("所选上级机关不存在。");
}
