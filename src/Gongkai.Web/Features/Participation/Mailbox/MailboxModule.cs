using Gongkai.Web.Platform.Web;
using Microsoft.AspNetCore.RateLimiting;

namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>领导信箱 / 在线咨询: the public form, status and replies pages, the back office and the agency's settings.</summary>
internal static class MailboxModule
{
    public static void Add(IServiceCollection services)
    {
        services.AddScoped<MessageNumbers>();
        services.AddScoped<MailboxSettingsStore>();
        services.AddScoped<WriteMessage>();
        services.AddScoped<FindWriterMessage>();
        services.AddScoped<PublishedReplies>();
        services.AddScoped<Staff.MessageList>();
        services.AddScoped<Staff.MoveMessage>();
        services.AddScoped<Platform.Calendar.IRecomputeDeadlines, RecomputeMessageDeadlines>();
        services.AddScoped<Platform.Deadlines.IDeadlineSource, MessageDeadlineSource>();
        // Read at start-up, so a deployment (or a test host) sets its own limits.
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.AddPolicy(MailboxRateLimits.Write, new HourlyClientLimit(
                configuration.GetValue(MailboxRateLimits.WritePerHourKey, MailboxRateLimits.DefaultWritePerHour)));
            options.AddPolicy(MailboxRateLimits.Lookup, new HourlyClientLimit(
                configuration.GetValue(MailboxRateLimits.LookupPerHourKey, MailboxRateLimits.DefaultLookupPerHour)));
        });
    }

    public static void Map(WebApplication app) => _ = app;
}
