namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>The <c>Smtp</c> configuration section; without a host, digests are kept in the back office only.</summary>
public sealed class SmtpSettings
{
    public const string Section = "Smtp";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? From { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public bool EnableSsl { get; set; }

    /// <summary>The back office's address (https://…), put before each item's link in the e-mail; empty for bare paths.</summary>
    public string? SiteUrl { get; set; }

    public bool Configured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}
