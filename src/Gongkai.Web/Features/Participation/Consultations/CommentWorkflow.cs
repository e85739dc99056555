namespace Gongkai.Web.Features.Participation.Consultations;

/// <summary>
/// A comment's moderation as one table: a pending comment is approved or refused once; only an approved comment is
/// answered, and only after the period has closed, so the answers reflect every comment received.
/// </summary>
public static class CommentWorkflow
{
    public static readonly IReadOnlyList<Transition> Table =
    [
        new(CommentStatus.Pending, CommentAction.Approve, CommentStatus.Approved, MustBeClosed: false),
        new(CommentStatus.Pending, CommentAction.Refuse, CommentStatus.Refused, MustBeClosed: false),
        new(CommentStatus.Approved, CommentAction.Answer, CommentStatus.Approved, MustBeClosed: true),
    ];

    /// <summary>The move, or a DomainException saying why it cannot be made.</summary>
    public static Transition Find(CommentStatus from, CommentAction action, ConsultationPhase phase)
    {
        var move = Table.FirstOrDefault(t => t.From == from && t.Action == action)
            ?? throw new DomainException($"“{from.ToChinese()}”的意见不能执行“{action.ToChinese()}”。");
        if (phase == ConsultationPhase.ReportPublished)
        {
            throw new DomainException("意见采纳情况已经公布，意见不能再更改。");
        }

        if (move.MustBeClosed && phase != ConsultationPhase.Closed)
        {
            throw new DomainException("征求意见截止后才能答复意见。");
        }

        return move;
    }

    public sealed record Transition(CommentStatus From, CommentAction Action, CommentStatus To, bool MustBeClosed);
}
