using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>Sends one digest by e-mail through the configured SMTP server (System.Net.Mail: no extra package).</summary>
public sealed class DigestMailer(IOptions<SmtpSettings> options)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public bool Configured => options.Value.Configured;

    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From!, to)
        {
            Subject = subject,
            SubjectEncoding = Encoding.UTF8,
            Body = body,
            BodyEncoding = Encoding.UTF8,
            // Base64 keeps the Chinese text intact through any relay.
            BodyTransferEncoding = TransferEncoding.Base64,
            IsBodyHtml = false,
        };
        using var client = new SmtpClient(settings.Host!, settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryMethod = SmtpDeliveryMethod.Network,
            Timeout = (int)Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
