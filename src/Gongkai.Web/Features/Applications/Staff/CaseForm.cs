namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>One action on a case as posted from the case page; which fields matter depends on the action.</summary>
public sealed class CaseForm
{
    public string? Action { get; set; }

    /// <summary>The text of the step: a supplement request, an answer, a reason, a note.</summary>
    public string? Note { get; set; }

    /// <summary>The date the step happened (yyyy-MM-dd): confirmed, received, answered, paid, delivered.</summary>
    public string? Date { get; set; }

    public int? Days { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? HandlerId { get; set; }
    public string? Party { get; set; }
    public string? PartyName { get; set; }
    public string? FeeMethod { get; set; }
    public int? Quantity { get; set; }
    public string? Outcome { get; set; }
    public string? ReplyType { get; set; }
    public string? WithheldParts { get; set; }
    public string? Details { get; set; }
    public string? DeliveryMethod { get; set; }
    public string? ReceiptSigner { get; set; }
    public string? ReceiptSignedOn { get; set; }
    public bool Confirmed { get; set; }
}
