namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>One action form of the details page.</summary>
public sealed class MessageForm
{
    public string? Action { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? HandlerId { get; set; }
    public string? Text { get; set; }
}
