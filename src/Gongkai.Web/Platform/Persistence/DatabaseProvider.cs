namespace Gongkai.Web.Platform.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
