using System.Text.Json;

namespace Gongkai.Web.Features.Reports.Supervision.Digests;

/// <summary>
/// 督办提醒: what one member of staff is told on one working day about the deadlines that are late or due soon. One per
/// person per day (a unique key), so the job run twice, or on two nodes, stores and sends it once.
/// </summary>
public sealed class SupervisionDigest
{
    public const int MaxEmail = 256;
    public const int MaxError = 1000;

    private SupervisionDigest()
    {
    }

    public SupervisionDigest(Guid recipientId, Guid agencyId, DateOnly digestDate, IReadOnlyList<DigestItem> items, string body, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(items);
        Id = Guid.NewGuid();
        RecipientId = recipientId;
        AgencyId = agencyId;
        DigestDate = digestDate;
        OverdueCount = items.Count(i => i.Status == DeadlineStatus.Overdue);
        DueSoonCount = items.Count(i => i.Status == DeadlineStatus.DueSoon);
        Items = JsonSerializer.Serialize(items);
        Body = body;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid RecipientId { get; private set; }
    public Guid AgencyId { get; private set; }
    public DateOnly DigestDate { get; private set; }
    public int OverdueCount { get; private set; }
    public int DueSoonCount { get; private set; }

    /// <summary>JSON array of <see cref="DigestItem"/>.</summary>
    public string Items { get; private set; } = "[]";

    /// <summary>The text as the e-mail carries it.</summary>
    public string Body { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }
    public string EmailTo { get; private set; } = "";
    public DateTime? EmailedAt { get; private set; }
    public string EmailError { get; private set; } = "";

    public IReadOnlyList<DigestItem> ItemList() => JsonSerializer.Deserialize<List<DigestItem>>(Items) ?? [];

    public void RecordSent(string to, DateTime at)
    {
        EmailTo = Cut(to, MaxEmail);
        EmailedAt = at;
        EmailError = "";
    }

    public void RecordSendFailure(string to, string error)
    {
        EmailTo = Cut(to, MaxEmail);
        EmailError = Cut(error, MaxError);
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
