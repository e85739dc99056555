namespace Gongkai.Web.Features.Agencies;

public enum AgencyLevel
{
    Province = 1,
    City = 2,
    District = 3,
}

public static class AgencyLevelNames
{
    public static string ToChinese(this AgencyLevel level) => level switch
    {
        AgencyLevel.Province => "省级",
        AgencyLevel.City => "市级",
        AgencyLevel.District => "区县级",
        _ => "其他",
    };
}
