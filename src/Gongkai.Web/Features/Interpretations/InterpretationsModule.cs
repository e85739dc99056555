namespace Gongkai.Web.Features.Interpretations;

/// <summary>政策解读: interpretations linked to policy documents, their review and their public column.</summary>
public static class InterpretationsModule
{
    public static IServiceCollection AddInterpretations(this IServiceCollection services) => services;

    public static void MapInterpretations(this WebApplication app) => _ = app;
}
