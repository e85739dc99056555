namespace Gongkai.Web.Features.Participation.Mailbox;

internal static class MailboxModule
{
    public static void Add(IServiceCollection services) => _ = services;

    public static void Map(WebApplication app) => _ = app;
}
