using Gongkai.Web.Platform.Persistence;

namespace Gongkai.Web.Platform.Search;

public static class SearchIndexModule
{
    public static IServiceCollection AddSearchIndex(this IServiceCollection services, DatabaseProvider provider)
    {
        services.AddSingleton<ISearchEngine>(provider == DatabaseProvider.Sqlite ? new SqliteSearchEngine() : new PostgresSearchEngine());
        services.AddScoped<SearchIndexInterceptor>();
        services.AddSingleton<SearchIndexRebuild>();
        return services;
    }
}
