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
        services.AddScoped<Staff.AttachConsultationFiles>();
        services.AddScoped<Staff.RemoveConsultationFile>();
        services.AddScoped<Public.PublicConsultations>();
        services.AddScoped<Public.SubmitComment>();
        services.AddScoped<Decisions.SaveDecision>();
        Public.PublicConsultations.AddLimits(services);
    }

    // Besides the pages' own routes, the public download of a draft's files.
    public static void Map(WebApplication app) => Public.ConsultationAttachmentDownload.Map(app);
}
