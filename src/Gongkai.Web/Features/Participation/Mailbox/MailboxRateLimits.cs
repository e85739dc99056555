namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>How often one client may write, or try a number and query code, per hour.</summary>
internal static class MailboxRateLimits
{
    public const string Write = "mailbox-write";
    public const string Lookup = "mailbox-lookup";
    public const string WritePerHourKey = "Participation:RateLimit:MessagePerHour";
    public const string LookupPerHourKey = "Participation:RateLimit:MessageLookupPerHour";
    public const int DefaultWritePerHour = 10;

    // The query code has 31^8 values; 60 guesses an hour from one address cannot walk them.
    public const int DefaultLookupPerHour = 60;
}
