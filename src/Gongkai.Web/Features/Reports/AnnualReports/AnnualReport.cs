using Gongkai.Web.Features.Publications;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// 政府信息公开工作年度报告 (条例第四十九、五十条): one per agency and year. The cells of tables 二三四 are kept as a
/// snapshot: recomputed from the records on demand while a computed report is a draft, frozen from submission on; a
/// hand-entered report (手工录入, for years before the platform) keeps the cells staff typed. State changes only through
/// the named methods below, each checked against <see cref="AnnualReportWorkflow"/> and written to the history.
/// </summary>
public sealed class AnnualReport
{
    public const int MaxNarrative = 20_000;

    private readonly List<AnnualReportHistoryEntry> history = [];

    private AnnualReport()
    {
    }

    private AnnualReport(Guid id, Guid agencyId, int year, bool isManual, DateTime now)
    {
        Id = id;
        AgencyId = agencyId;
        Year = year;
        IsManual = isManual;
        Status = AnnualReportStatus.Draft;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    public Guid AgencyId { get; private set; }
    public int Year { get; private set; }
    public AnnualReportStatus Status { get; private set; }

    /// <summary>手工录入: every cell typed by staff (a year before the agency used the platform).</summary>
    public bool IsManual { get; private set; }

    public string OverviewHtml { get; private set; } = "";
    public string ProactiveIntro { get; private set; } = "";
    public string ApplicationsIntro { get; private set; } = "";
    public string ChallengesIntro { get; private set; } = "";
    public string ProblemsHtml { get; private set; } = "";
    public string OtherHtml { get; private set; } = "";

    /// <summary>The cells as JSON (see <see cref="ReportFigures"/>).</summary>
    public string FiguresJson { get; private set; } = "";

    /// <summary>When the computed cells were last taken from the records; null for a hand-entered report.</summary>
    public DateTime? ComputedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }
    public DateOnly? PublishedOn { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public IReadOnlyList<AnnualReportHistoryEntry> History => history;

    public ReportFigures Figures => ReportFigures.FromJson(FiguresJson);

    public CrossCheck CrossCheck => CrossCheck.Of(Figures);

    /// <summary>A report computed from the platform's records, starting from the generated 总体情况 draft.</summary>
    public static AnnualReport Compute(Guid id, Guid agencyId, int year, ReportFigures figures, string overviewDraft, StaffActor actor, DateOnly today, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(figures);
        CheckYear(year, today, manual: false);
        var report = new AnnualReport(id, agencyId, year, isManual: false, now)
        {
            OverviewHtml = overviewDraft,
            FiguresJson = figures.ToJson(),
            ComputedAt = now,
        };
        report.Start(actor, $"{year}年度报告，由系统记录计算", now);
        return report;
    }

    /// <summary>An earlier year's report brought in by hand: every cell typed in.</summary>
    public static AnnualReport EnterByHand(Guid id, Guid agencyId, int year, StaffActor actor, DateOnly today, DateTime now)
    {
        CheckYear(year, today, manual: true);
        var report = new AnnualReport(id, agencyId, year, isManual: true, now) { FiguresJson = new ReportFigures().ToJson() };
        report.Start(actor, $"{year}年度报告，手工录入", now);
        return report;
    }

    /// <summary>The narrative and the cells staff may type: table 二's entered items, or every cell of a hand-entered report.</summary>
    public void Edit(ReportText text, ReportFigures typed, StaffActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(typed);
        Move(AnnualReportAction.Edit, actor, "", now);
        OverviewHtml = text.Overview;
        ProactiveIntro = text.ProactiveIntro;
        ApplicationsIntro = text.ApplicationsIntro;
        ChallengesIntro = text.ChallengesIntro;
        ProblemsHtml = text.Problems;
        OtherHtml = text.Other;
        var figures = Figures;
        foreach (var key in IsManual ? ReportFormat.AllKeys() : ReportFormat.EnteredProactiveKeys)
        {
            figures.Set(key, typed[key]);
        }

        FiguresJson = figures.ToJson();
    }

    /// <summary>重新计算: a computed draft takes its cells from the records again; the entered items of table 二 stay.</summary>
    public void Recompute(ReportFigures computed, StaffActor actor, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(computed);
        if (IsManual)
        {
            throw new DomainException("手工录入的年度报告没有可重新计算的数据。");
        }

        Move(AnnualReportAction.Recompute, actor, "", now);
        TakeComputed(computed, now);
    }

    /// <summary>
    /// 提交审核: a computed report takes the records one last time and is frozen from here on, so what the reviewer
    /// approves is what the public reads, whatever the records do later.
    /// </summary>
    public void Submit(ReportFigures? computed, StaffActor actor, DateTime now)
    {
        Move(AnnualReportAction.Submit, actor, "数据已冻结", now);
        if (!IsManual && computed is not null)
        {
            TakeComputed(computed, now);
        }
    }

    public void Return(string reason, StaffActor actor, DateTime now)
    {
        var why = (reason ?? "").Trim();
        if (why.Length == 0)
        {
            throw new DomainException("请填写退回修改的原因。");
        }

        Move(AnnualReportAction.Return, actor, why, now);
    }

    /// <summary>条例第四十九条: published on the column; refused while the cross-check fails.</summary>
    public void Publish(StaffActor actor, DateOnly today, DateTime now)
    {
        if (CrossCheck.Refusal() is { } refusal)
        {
            throw new DomainException(refusal);
        }

        Move(AnnualReportAction.Publish, actor, "", now);
        PublishedAt = now;
        PublishedOn = today;
    }

    private void TakeComputed(ReportFigures computed, DateTime now)
    {
        var figures = Figures;
        foreach (var key in ReportFormat.AllKeys().Except(ReportFormat.EnteredProactiveKeys))
        {
            figures.Set(key, computed[key]);
        }

        FiguresJson = figures.ToJson();
        ComputedAt = now;
    }

    private void Start(StaffActor actor, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!AnnualReportWorkflow.MayDraft(actor.Roles))
        {
            throw new DomainException("年度报告须由政务公开办起草。");
        }

        history.Add(new AnnualReportHistoryEntry(Id, now, actor, AnnualReportAction.Create, null, AnnualReportStatus.Draft, note));
    }

    private void Move(AnnualReportAction action, StaffActor actor, string note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var move = AnnualReportWorkflow.Find(Status, action, actor.Roles);
        history.Add(new AnnualReportHistoryEntry(Id, now, actor, action, Status, move.To, note));
        Status = move.To;
        UpdatedAt = now;
    }

    private static void CheckYear(int year, DateOnly today, bool manual)
    {
        if (year < 2008 || year > today.Year)
        {
            // 条例 (2007) took effect on 1 May 2008: no report before that year.
            throw new DomainException($"年度应在2008年至{today.Year}年之间。");
        }

        if (manual && year >= today.Year)
        {
            throw new DomainException("手工录入只用于以往年度的报告；本年度的报告请由系统计算。");
        }
    }
}
