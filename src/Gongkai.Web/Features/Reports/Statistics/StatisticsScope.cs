namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>Whose records are counted: one agency's, or every agency's (<see cref="AgencyId"/> null).</summary>
public sealed record StatisticsScope(Guid? AgencyId, string Name, string Code)
{
    public static StatisticsScope Platform { get; } = new(null, "全平台", "platform");

    public bool IsPlatform => AgencyId is null;
}
