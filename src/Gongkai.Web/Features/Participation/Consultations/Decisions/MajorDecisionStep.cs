namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>One of the five steps of a major decision, with its state; a step that does not apply says why.</summary>
public sealed class MajorDecisionStep
{
    private MajorDecisionStep()
    {
    }

    internal MajorDecisionStep(Guid decisionId, DecisionStep step)
    {
        DecisionId = decisionId;
        Step = step;
        State = StepState.NotStarted;
    }

    public Guid DecisionId { get; private set; }
    public DecisionStep Step { get; private set; }
    public StepState State { get; private set; }
    public string Reason { get; private set; } = "";

    internal void Set(StepState state, string reason)
    {
        var note = (reason ?? "").Trim();
        if (!Enum.IsDefined(state))
        {
            throw new DomainException($"请选择“{Step.ToChinese()}”的状态。");
        }

        if (state == StepState.NotApplicable && note.Length == 0)
        {
            throw new DomainException($"“{Step.ToChinese()}”不适用的，须说明理由。");
        }

        if (note.Length > 500)
        {
            throw new DomainException($"“{Step.ToChinese()}”的说明不能超过500字。");
        }

        State = state;
        Reason = note;
    }
}
