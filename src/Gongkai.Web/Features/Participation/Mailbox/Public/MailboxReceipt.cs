namespace Gongkai.Web.Features.Participation.Mailbox.Public;

/// <summary>
/// What the form hands to the receipt page after a redirect, in TempData (an encrypted cookie read once): the query
/// code must never appear in a URL.
/// </summary>
internal static class MailboxReceipt
{
    public const string Number = "mailbox.number";
    public const string Code = "mailbox.code";
    public const string Received = "mailbox.received";
}
