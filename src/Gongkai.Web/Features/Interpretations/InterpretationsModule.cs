namespace Gongkai.Web.Features.Interpretations;

/// <summary>政策解读: interpretations linked to policy documents, their review and their public column.</summary>
public static class InterpretationsModule
{
    public static IServiceCollection AddInterpretations(this IServiceCollection services)
    {
        services.AddScoped<InterpretationCheck>();
        services.AddScoped<Platform.Deadlines.IDeadlineSource, InterpretationDeadlineSource>();
        services.AddScoped<PublicInterpretations>();
        services.AddScoped<Staff.DraftInterpretation>();
        services.AddScoped<Staff.MoveInterpretation>();
        services.AddScoped<Staff.InterpretationList>();
        services.AddScoped<Staff.InterpretationDetails>();
        services.AddScoped<Staff.DocumentChoices>();
        services.AddSingleton<Platform.Search.ISearchSource, Search.InterpretationSearchSource>();
        return services;
    }

    public static void MapInterpretations(this WebApplication app) => _ = app;
}
