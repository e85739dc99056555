using System.Globalization;

namespace Gongkai.Web.Features.Participation.Consultations.Decisions;

/// <summary>The catalog item form as typed, kept on error. Steps and reasons are keyed by the step's name.</summary>
public sealed class DecisionForm
{
    public string? Year { get; set; }
    public string? Title { get; set; }
    public string? Department { get; set; }
    public string? PlannedTime { get; set; }
    public string? Status { get; set; }
    public bool Published { get; set; }
    public string? ConsultationId { get; set; }
    public string? DocumentIndexNumber { get; set; }
    public Dictionary<string, string?> Steps { get; set; } = [];
    public Dictionary<string, string?> Reasons { get; set; } = [];

    public static DecisionForm From(MajorDecision d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new()
        {
            Year = d.Year.ToString(CultureInfo.InvariantCulture),
            Title = d.Title,
            Department = d.Department,
            PlannedTime = d.PlannedTime,
            Status = d.Status.ToString(),
            Published = d.Published,
            ConsultationId = d.ConsultationId?.ToString(),
            DocumentIndexNumber = d.DocumentIndexNumber,
            Steps = d.Steps.ToDictionary(s => s.Step.ToString(), s => (string?)s.State.ToString()),
            Reasons = d.Steps.ToDictionary(s => s.Step.ToString(), s => (string?)s.Reason),
        };
    }

    // An empty box binds as a null value in the dictionary.
    public string StepValue(DecisionStep step) => Steps.TryGetValue(step.ToString(), out var v) && v is not null ? v : nameof(StepState.NotStarted);

    public string ReasonValue(DecisionStep step) => Reasons.TryGetValue(step.ToString(), out var v) ? v ?? "" : "";

    /// <summary>The input, or errors by field name (a step's field is Steps[name]).</summary>
    public (MajorDecisionInput? Input, IReadOnlyDictionary<string, string> Errors) Check()
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!int.TryParse((Year ?? "").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2100)
        {
            errors[nameof(Year)] = "年度应为2000至2100之间的年份。";
        }

        var title = Required(nameof(Title), Title, "事项名称", 200, errors);
        var department = Required(nameof(Department), Department, "承办处室", 64, errors);
        var planned = Required(nameof(PlannedTime), PlannedTime, "计划完成时间", 64, errors);
        if (!Enum.TryParse<DecisionStatus>(Status, out var status) || !Enum.IsDefined(status))
        {
            errors[nameof(Status)] = "请选择事项状态。";
        }

        Guid? consultation = null;
        if (!string.IsNullOrWhiteSpace(ConsultationId))
        {
            consultation = Guid.TryParse(ConsultationId, out var id) ? id : null;
            if (consultation is null)
            {
                errors[nameof(ConsultationId)] = "请从列表中选择征求意见。";
            }
        }

        var index = (DocumentIndexNumber ?? "").Trim();
        if (index.Length > 64)
        {
            errors[nameof(DocumentIndexNumber)] = "索引号不能超过64字。";
        }

        var steps = new Dictionary<DecisionStep, (StepState, string)>();
        foreach (var step in Enum.GetValues<DecisionStep>())
        {
            var reason = ReasonValue(step).Trim();
            if (!Enum.TryParse<StepState>(StepValue(step), out var state) || !Enum.IsDefined(state))
            {
                errors[$"Steps[{step}]"] = $"请选择“{step.ToChinese()}”的状态。";
            }
            else if (state == StepState.NotApplicable && reason.Length == 0)
            {
                errors[$"Reasons[{step}]"] = $"“{step.ToChinese()}”不适用的，须说明理由。";
            }
            else if (reason.Length > 500)
            {
                errors[$"Reasons[{step}]"] = $"“{step.ToChinese()}”的说明不能超过500字。";
            }

            steps[step] = (state, reason);
        }

        return errors.Count > 0
            ? (null, errors)
            : (new MajorDecisionInput(year, title, department, planned, status, Published, consultation, index, steps), errors);
    }

    private static string Required(string field, string? value, string label, int max, Dictionary<string, string> errors)
    {
        var text = (value ?? "").Trim();
        if (text.Length == 0)
        {
            errors[field] = $"请填写{label}。";
        }
        else if (text.Length > max)
        {
            errors[field] = $"{label}不能超过{max}字。";
        }

        return text;
    }
}
