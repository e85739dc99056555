namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>The citizen's pages of an agency's column, and the back-office ones.</summary>
internal static class MailboxUrls
{
    public static string Write(string agency) => $"/{agency}/mailbox";

    public static string Received(string agency) => $"/{agency}/mailbox/received";

    public static string Status(string agency) => $"/{agency}/mailbox/status";

    public static string Replies(string agency) => $"/{agency}/mailbox/replies";

    public static string Staff(string agency) => $"/admin/{agency}/mailbox";

    public static string Settings(string agency) => $"/admin/{agency}/manage/mailbox";
}
