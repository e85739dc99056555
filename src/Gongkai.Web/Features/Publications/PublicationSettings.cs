namespace Gongkai.Web.Features.Publications;

/// <summary>An agency's publication settings: its index-number pattern and the interval of 定期审查.</summary>
public sealed class PublicationSettings
{
    public const string DefaultPattern = "{credit}/{year}-{serial:00000}";

    private PublicationSettings()
    {
    }

    public PublicationSettings(Guid agencyId)
    {
        AgencyId = agencyId;
        IndexNumberPattern = DefaultPattern;
        ReviewIntervalMonths = 12;
    }

    public Guid AgencyId { get; private set; }

    /// <summary>Tokens: {credit} (统一社会信用代码, or the agency code when none), {code}, {year}, {serial:00000}.</summary>
    public string IndexNumberPattern { get; private set; } = DefaultPattern;

    public int ReviewIntervalMonths { get; private set; } = 12;

    public string GuideHtml { get; private set; } = "";

    public void Change(string pattern, int reviewIntervalMonths)
    {
        var value = pattern?.Trim() ?? "";
        if (!value.Contains("{serial", StringComparison.Ordinal) || !value.Contains("{year}", StringComparison.Ordinal))
        {
            throw new DomainException("索引号规则必须包含 {year} 和 {serial:00000}，以保证唯一。");
        }

        if (reviewIntervalMonths is < 1 or > 60)
        {
            throw new DomainException("定期审查间隔应在1至60个月之间。");
        }

        IndexNumberPattern = value;
        ReviewIntervalMonths = reviewIntervalMonths;
    }

    /// <summary>An empty guide means the default one built from the agency's own data.</summary>
    public void ChangeGuide(string sanitizedHtml) => GuideHtml = sanitizedHtml ?? "";
}
