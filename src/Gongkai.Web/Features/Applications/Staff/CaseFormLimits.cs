namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>
/// The lengths the case's columns hold, checked before the case moves: a text too long is refused in Chinese beside
/// what was typed, instead of failing when the row is saved.
/// </summary>
internal static class CaseFormLimits
{
    public const int Note = 1000;
    public const int LongNote = 2000;
    public const int Reason = 4000;
    public const int PartyName = 100;
    public const int ReceiptSigner = 50;

    /// <summary>More pages than any reply runs to; beyond it the fee would overflow its column.</summary>
    public const int Pages = 1_000_000;

    /// <summary>How long the note of <paramref name="action"/> may be.</summary>
    public static int NoteFor(ApplicationAction? action) => action switch
    {
        ApplicationAction.Decide => Reason,
        ApplicationAction.RequestSupplement or ApplicationAction.ReceiveSupplement or ApplicationAction.EndConsultation => LongNote,
        _ => Note,
    };

    public static void Check(ApplicationAction? action, CaseForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        Limit(form.Note, NoteFor(action), action == ApplicationAction.Decide ? "理由和依据" : "说明");
        Limit(form.PartyName, PartyName, "征求意见对象名称");
        Limit(form.WithheldParts, LongNote, "不予公开的部分及理由");
        Limit(form.Details, LongNote, "答复内容");
        Limit(form.ReceiptSigner, ReceiptSigner, "签收人");
        if (form.Quantity > Pages)
        {
            throw new DomainException($"页数不能超过{Pages}页，请核对。");
        }
    }

    private static void Limit(string? text, int max, string field)
    {
        if ((text ?? "").Trim().Length > max)
        {
            throw new DomainException($"{field}不能超过{max}个字。");
        }
    }
}
