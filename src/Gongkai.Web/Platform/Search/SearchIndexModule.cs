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

    /// <summary>
    /// A database that had published documents before the index existed (an upgrade) gets its index built before the
    /// site serves, so search never silently misses them. An index that holds anything is left to its own upkeep.
    /// </summary>
    public static async Task EnsureSearchIndexAsync(this WebApplication app)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
            if (!await DbCommands.SearchIndexIsEmptyAsync(db, CancellationToken.None))
            {
                return;
            }
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SearchIndexModule));
        var count = await app.Services.GetRequiredService<SearchIndexRebuild>().RunAsync(
            progress => logger.LogInformation("正在建立检索索引：{Done}/{Total}", progress.SourceDone, progress.SourceTotal),
            CancellationToken.None);
        if (count > 0)
        {
            logger.LogInformation("检索索引已建立，共 {Count} 条。", count);
        }
    }
}
