namespace Gongkai.Web.Features.Applications.Public;

/// <summary>
/// What the form hands to the receipt page after a redirect, in TempData (an encrypted cookie read once): the query
/// code must never appear in a URL, where logs, history and referrers would keep it.
/// </summary>
internal static class ApplicationReceipt
{
    public const string Number = "application.number";
    public const string Code = "application.code";
    public const string Received = "application.received";
}
