namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>政府信息公开工作年度报告 (国办公开办函〔2021〕30号): tables computed from the records, narrative, workflow, downloads, API.</summary>
internal static class AnnualReportsModule
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(WebApplication app) => _ = app;
}
