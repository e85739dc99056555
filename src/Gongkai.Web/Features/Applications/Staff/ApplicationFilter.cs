using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;

namespace Gongkai.Web.Features.Applications.Staff;

/// <summary>The list's filters as the GET query carries them; an unknown value is no filter, not an error.</summary>
public sealed class ApplicationFilter
{
    /// <summary>Longer search text is cut here: nobody types more, and it keeps the LIKE cheap.</summary>
    public const int MaxWords = 100;

    /// <summary>The statuses still owed a reply, as a list the database can be asked with.</summary>
    public static readonly IReadOnlyList<ApplicationStatus> OpenStatuses = [.. Enum.GetValues<ApplicationStatus>().Where(s => s.IsOpen())];

    public string? Status { get; set; }
    public string? Channel { get; set; }
    public string? Kind { get; set; }
    public Guid? Department { get; set; }

    /// <summary>Only open cases whose reply is already late.</summary>
    public bool Overdue { get; set; }

    /// <summary>Words looked for in the number, the description and (where the actor sees it) the applicant's name.</summary>
    public string? Q { get; set; }

    public ApplicationStatus? StatusValue => ApplicationInputCheck.ParseEnum<ApplicationStatus>(Status);
    public ReceiptChannel? ChannelValue => ApplicationInputCheck.ParseEnum<ReceiptChannel>(Channel);
    public ApplicantKind? KindValue => ApplicationInputCheck.ParseEnum<ApplicantKind>(Kind);
    public string Words => (Q ?? "").Trim() is var words && words.Length > MaxWords ? words[..MaxWords] : words;

    public bool IsEmpty => StatusValue is null && ChannelValue is null && KindValue is null && Department is null && !Overdue && Words.Length == 0;

    public IQueryable<Application> Apply(IQueryable<Application> cases, StaffActor actor, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(actor);
        if (StatusValue is { } status)
        {
            cases = cases.Where(a => a.Status == status);
        }

        if (ChannelValue is { } channel)
        {
            cases = cases.Where(a => a.Channel == channel);
        }

        if (KindValue is { } kind)
        {
            cases = cases.Where(a => a.ApplicantKind == kind);
        }

        if (Department is { } department)
        {
            cases = cases.Where(a => a.DepartmentId == department);
        }

        if (Overdue)
        {
            cases = cases.Where(a => OpenStatuses.Contains(a.Status) && a.ReplyDueOn != null && a.ReplyDueOn < today);
        }

        if (Words.Length > 0)
        {
            var words = Words;

            // A name is searched only where it is shown in full: a leader must not find out who applied by guessing.
            var allNames = actor.Holds(StaffRole.DisclosureOfficer);
            var ownCases = actor.Holds(StaffRole.Handler) ? actor.Id : null;
            // Numbers are stored upper-case (YSQ2026…); PostgreSQL compares case-sensitively.
            var number = words.ToUpperInvariant();
            cases = cases.Where(a => a.Number.Contains(number) || a.Description.Contains(words)
                || ((allNames || (ownCases != null && a.HandlerId == ownCases)) && a.ApplicantName.Contains(words)));
        }

        return cases;
    }

    /// <summary>The filters as a query string (no page), for the page links and the export link.</summary>
    public string ToQuery()
    {
        var parts = new List<string>();
        Add(parts, "status", StatusValue?.ToString());
        Add(parts, "channel", ChannelValue?.ToString());
        Add(parts, "kind", KindValue?.ToString());
        Add(parts, "department", Department?.ToString());
        Add(parts, "overdue", Overdue ? "true" : null);
        Add(parts, "q", Words.Length > 0 ? Words : null);
        return string.Join('&', parts);
    }

    /// <summary>The filters in words, for the export's notes.</summary>
    public string Describe(IReadOnlyDictionary<Guid, string> departments)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var parts = new List<string>();
        if (StatusValue is { } status)
        {
            parts.Add($"状态：{status.ToChinese()}");
        }

        if (ChannelValue is { } channel)
        {
            parts.Add($"提交方式：{channel.ToChinese()}");
        }

        if (KindValue is { } kind)
        {
            parts.Add($"申请人类型：{kind.ToChinese()}");
        }

        if (Department is { } department)
        {
            parts.Add($"承办处室：{departments.GetValueOrDefault(department, "（已删除的处室）")}");
        }

        if (Overdue)
        {
            parts.Add("仅答复已逾期");
        }

        if (Words.Length > 0)
        {
            parts.Add($"关键词：{Words}");
        }

        return parts.Count == 0 ? "全部" : string.Join("；", parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
