namespace Gongkai.Web.Features.Participation.Mailbox;

/// <summary>What the writer typed, checked.</summary>
public sealed record MessageDetails(
    MessageBox Box, MessageCategory Category, string Subject, string Body, string WriterName, string Phone, string Email, bool KeepPrivate);
