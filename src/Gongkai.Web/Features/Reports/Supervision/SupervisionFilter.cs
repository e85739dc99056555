using System.Globalization;
using Gongkai.Web.Platform.Deadlines;

namespace Gongkai.Web.Features.Reports.Supervision;

/// <summary>The list's filters as the GET query carries them; an unknown value is no filter, not an error.</summary>
public sealed class SupervisionFilter
{
    public const string OverdueValue = "overdue";
    public const string SoonValue = "soon";

    public string? Kind { get; set; }
    public Guid? Department { get; set; }
    public Guid? Responsible { get; set; }

    /// <summary><see cref="OverdueValue"/>, <see cref="SoonValue"/>, or anything else for all.</summary>
    public string? Status { get; set; }

    /// <summary>An agency's code, on the platform's list only.</summary>
    public string? Agency { get; set; }

    public DeadlineKind? KindValue => Enum.TryParse<DeadlineKind>(Kind, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Kind, out _) ? kind : null;

    public DeadlineStatus? StatusValue => Status switch
    {
        OverdueValue => DeadlineStatus.Overdue,
        SoonValue => DeadlineStatus.DueSoon,
        _ => null,
    };

    public IEnumerable<SupervisionRow> Apply(IEnumerable<SupervisionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (KindValue is { } kind)
        {
            rows = rows.Where(r => r.Deadline.Kind == kind);
        }

        if (Department is { } department)
        {
            rows = rows.Where(r => r.Deadline.DepartmentId == department);
        }

        if (Responsible is { } responsible)
        {
            rows = rows.Where(r => r.Deadline.ResponsibleUserId == responsible);
        }

        if (StatusValue is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        return rows;
    }

    /// <summary>The filters as a query string (no page), for the page links and the export link.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("kind", KindValue?.ToString());
        Add("department", Department?.ToString());
        Add("responsible", Responsible?.ToString());
        Add("status", StatusValue is null ? null : Status);
        Add("agency", Agency);
        return string.Join('&', parts);
    }

    /// <summary>In words, for the export's notes.</summary>
    public string Describe(IReadOnlyDictionary<Guid, string> departments, IReadOnlyDictionary<Guid, string> people)
    {
        ArgumentNullException.ThrowIfNull(departments);
        ArgumentNullException.ThrowIfNull(people);
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(Agency))
        {
            parts.Add($"机关：{Agency}");
        }

        if (KindValue is { } kind)
        {
            parts.Add($"类型：{kind.ToChinese()}");
        }

        if (Department is { } department)
        {
            parts.Add($"处室：{departments.GetValueOrDefault(department, department.ToString())}");
        }

        if (Responsible is { } responsible)
        {
            parts.Add($"责任人：{people.GetValueOrDefault(responsible, responsible.ToString())}");
        }

        if (StatusValue is { } status)
        {
            parts.Add($"状态：{status.ToChinese()}");
        }

        return parts.Count == 0 ? "全部" : string.Join("；", parts);
    }

    public static string PageQuery(string query, int page) =>
        string.IsNullOrEmpty(query) ? $"page={page.ToString(CultureInfo.InvariantCulture)}" : $"{query}&page={page.ToString(CultureInfo.InvariantCulture)}";
}
