using Gongkai.Web.Features.Search.Public;

namespace Gongkai.Web.Features.Search;

public static class SearchModule
{
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddScoped<ISearchService, SearchService>();
        services.AddSingleton<SynonymCache>();
        return services;
    }

    public static void MapSearch(this WebApplication app) => app.MapSearchApi();
}
