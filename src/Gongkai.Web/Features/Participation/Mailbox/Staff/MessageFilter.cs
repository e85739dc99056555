using Gongkai.Web.Features.Applications;

namespace Gongkai.Web.Features.Participation.Mailbox.Staff;

/// <summary>The back-office list filters, as query parameters.</summary>
public sealed class MessageFilter
{
    public string? Box { get; set; }
    public string? Status { get; set; }
    public bool Overdue { get; set; }

    public MessageBox? BoxValue => ApplicationInputCheck.ParseEnum<MessageBox>(Box);
    public MessageStatus? StatusValue => ApplicationInputCheck.ParseEnum<MessageStatus>(Status);

    public bool IsEmpty => BoxValue is null && StatusValue is null && !Overdue;

    public string ToQuery()
    {
        var parts = new List<string>();
        if (BoxValue is { } box)
        {
            parts.Add($"box={box}");
        }

        if (StatusValue is { } status)
        {
            parts.Add($"status={status}");
        }

        if (Overdue)
        {
            parts.Add("overdue=true");
        }

        return string.Join('&', parts);
    }
}
