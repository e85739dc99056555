namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>
/// One item of an agency's 重大行政决策事项目录 for a year: what is to be decided, by whom, when, how far each of the five
/// mandatory steps has come, and links to its consultation and the resulting document.
/// </summary>
public sealed class MajorDecision
{
    private readonly List<MajorDecisionStep> steps = [];

    private MajorDecision()
    {
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public string Title { get; private set; } = "";
    public string Department { get; private set; } = "";
    public string PlannedTime { get; private set; } = "";
    public DecisionStatus Status { get; private set; }

    /// <summary>Only published items appear in the public catalog.</summary>
    public bool Published { get; private set; }

    public Guid? ConsultationId { get; private set; }

    /// <summary>The index number of the published document the decision resulted in.</summary>
    public string DocumentIndexNumber { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    public IReadOnlyList<MajorDecisionStep> Steps => steps;

    public static MajorDecision Create(Guid agencyId, MajorDecisionInput input, string by, DateTime now)
    {
        var decision = new MajorDecision { Id = Guid.NewGuid(), AgencyId = agencyId };
        decision.steps.AddRange(Enum.GetValues<DecisionStep>().Select(s => new MajorDecisionStep(decision.Id, s)));
        decision.Change(input, by, now);
        return decision;
    }

    public void Change(MajorDecisionInput input, string by, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Year is < 2000 or > 2100)
        {
            throw new DomainException("年度应为2000至2100之间的年份。");
        }

        if (!Enum.IsDefined(input.Status))
        {
            throw new DomainException("请选择事项状态。");
        }

        foreach (var step in steps)
        {
            var (state, reason) = input.Steps.TryGetValue(step.Step, out var value) ? value : (StepState.NotStarted, "");
            step.Set(state, reason);
        }

        Year = input.Year;
        Title = input.Title;
        Department = input.Department;
        PlannedTime = input.PlannedTime;
        Status = input.Status;
        Published = input.Published;
        ConsultationId = input.ConsultationId;
        DocumentIndexNumber = input.DocumentIndexNumber;
        UpdatedAt = now;
        UpdatedBy = by;
    }
}
