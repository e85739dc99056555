namespace Gongkai.Web.Features.Reports;

/// <summary>报告与监察: the annual report in the national format, statistics, and supervision of every deadline.</summary>
public static class ReportsModule
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        AnnualReports.AnnualReportsModule.Add(services);
        Statistics.StatisticsModule.Add(services);
        Supervision.SupervisionModule.Add(services);
        return services;
    }

    public static void MapReports(this WebApplication app)
    {
        AnnualReports.AnnualReportsModule.Map(app);
        Statistics.StatisticsModule.Map(app);
        Supervision.SupervisionModule.Map(app);
    }
}
