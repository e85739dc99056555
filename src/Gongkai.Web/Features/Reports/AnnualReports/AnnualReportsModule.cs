using Gongkai.Web.Features.Reports.AnnualReports.Api;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>政府信息公开工作年度报告 (国办公开办函〔2021〕30号): tables computed from the records, narrative, workflow, downloads, API.</summary>
internal static class AnnualReportsModule
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<AnnualReportAccess>();
        services.AddScoped<ComputeReportFigures>();
        services.AddScoped<OverviewDraft>();
        services.AddScoped<CreateAnnualReport>();
        services.AddScoped<ChangeAnnualReport>();
        services.AddScoped<PublishedReports>();
        services.AddScoped<ReportDue>();
        services.AddScoped<Platform.Deadlines.IDeadlineSource, AnnualReportDeadlines>();
    }

    public static void Map(WebApplication app) => app.MapAnnualReportsApi();
}
