namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>征求意见 with the adoption report, and the 重大行政决策事项目录: services and the comment form's limit.</summary>
internal static class ConsultationsModule
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<ConsultationSettingsStore>();
        services.AddScoped<Platform.Deadlines.IDeadlineSource, ConsultationDeadlineSource>();
        services.AddScoped<ChangeConsultation>();
        services.AddScoped<Staff.ConsultationAccess>();
        services.AddScoped<Staff.SaveConsultation>();
        services.AddScoped<Public.PublicConsultations>();
        services.AddScoped<Public.SubmitComment>();
        services.AddScoped<Decisions.SaveDecision>();
        Public.PublicConsultations.AddLimits(services);
    }

    // Pages only: the routes are the pages' own.
    public static void Map(WebApplication app) => _ = app;
}
