namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>The public form as typed; <see cref="MessageInputCheck"/> turns it into <see cref="MessageDetails"/>.</summary>
public sealed class MessageInput
{
    public string? Box { get; set; }
    public string? Category { get; set; }
    public string? Subject { get; set; }
    public string? Body { get; set; }
    public string? WriterName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool KeepPrivate { get; set; }
}
