using System.Globalization;
using Gongkai.Web.Features.Publications.Import;
using Gongkai.Web.Features.Publications.Staff;

namespace Gongkai.Web.Features.Reports.Statistics;

/// <summary>
/// The figures of a <see cref="StatisticsReport"/> as an XLSX workbook, one sheet per section of the page, each sheet
/// three columns (项目, 分项, 数值) so every figure keeps the label the page gives it.
/// </summary>
internal static class StatisticsWorkbook
{
    public static readonly string[] Header = ["项目", "分项", "数值"];

    private static readonly double[] Widths = [18, 48, 14];

    public static byte[] Write(StatisticsReport report, string exportedBy, DateTime exportedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sheets = new List<SheetSpec>
        {
            new("说明", ["项目", "内容"], Notes(report, exportedBy, exportedAtUtc), [14, 80]),
            Sheet("文件发布", Documents(report.Documents)),
            Sheet("依申请公开", Applications(report.Applications)),
            Sheet("政策解读", Interpretations(report.Interpretations)),
            Sheet("征求意见", Consultations(report.Consultations)),
            Sheet("信箱", Mailbox(report.Mailbox)),
        };
        if (report.Scope.IsPlatform)
        {
            sheets.Add(new SheetSpec("各机关", AgencyHeader, report.Agencies.Select(AgencyLine), [36, 10, 10, 10, 12, 10, 10, 10, 10, 12], AgencyNumbers));
        }

        return SpreadsheetWriter.Write([.. sheets]);
    }

    public static readonly string[] AgencyHeader =
        ["机关", "发布文件", "收到申请", "已答复申请", "按期答复率", "政策文件", "已解读", "收到意见", "收到来信", "已答复来信"];

    public static string[] AgencyLine(AgencyRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return
        [
            row.Name, N(row.Documents), N(row.Applications), N(row.Replied), row.ReplyShare, N(row.PolicyDocuments),
            N(row.Interpreted), N(row.Comments), N(row.Messages), N(row.MessagesAnswered),
        ];
    }

    private static readonly IReadOnlySet<int> ValueColumn = new HashSet<int> { 2 };

    private static readonly IReadOnlySet<int> AgencyNumbers = new HashSet<int> { 1, 2, 3, 5, 6, 7, 8, 9 };

    private static SheetSpec Sheet(string name, IEnumerable<string[]> rows) => new(name, Header, rows, Widths, ValueColumn);

    private static IEnumerable<IReadOnlyList<string>> Notes(StatisticsReport report, string exportedBy, DateTime exportedAtUtc) =>
    [
        ["范围", report.Scope.Name],
        ["统计区间", report.Range.Describe()],
        ["导出时间", BeijingTime.Format(exportedAtUtc)],
        ["导出人", exportedBy],
        ["口径", "文件按发布日期统计（不含已撤回）；申请按收到日期统计提交方式和申请人类型，按决定日期统计办理结果，按答复日期统计答复时效；意见按提交日期统计；来信按收到日期统计。所有工作日按工作日历计算。"],
    ];

    private static IEnumerable<string[]> Documents(DocumentFigures figures) =>
    [
        ["发布文件", "合计", N(figures.Total)],
        .. figures.PerMonth.Select(m => new[] { "按月", m.Label, N(m.Count) }),
        .. figures.PerCategory.Select(c => new[] { "按目录", c.Label, N(c.Count) }),
    ];

    private static IEnumerable<string[]> Applications(ApplicationFigures figures) =>
    [
        ["收到申请", "合计", N(figures.Received)],
        .. figures.ByChannel.Select(c => new[] { "提交方式", c.Label, N(c.Count) }),
        .. figures.ByApplicant.Select(c => new[] { "申请人类型", c.Label, N(c.Count) }),
        ["办理结果", "合计", N(figures.Decided)],
        .. figures.Outcomes.SelectMany(g => (IEnumerable<string[]>)[
            ["办理结果", $"{g.Name}（小计）", N(g.Count)],
            .. g.Rows.Count > 1 ? g.Rows.Select(r => new[] { "办理结果", $"{g.Name}：{r.Label}", N(r.Count) }) : []]),
        ["答复时效", "已答复", N(figures.Timeliness.Replied)],
        ["答复时效", "在法定期限内答复", N(figures.Timeliness.WithinLimit)],
        ["答复时效", "按期答复率", figures.Timeliness.Share],
        ["答复时效", "答复用时中位数（工作日）", StatisticsMath.FormatDays(figures.Timeliness.MedianWorkingDays)],
    ];

    private static IEnumerable<string[]> Interpretations(InterpretationCoverage coverage) =>
    [
        ["政策文件", "规范性文件和需要解读的文件", N(coverage.PolicyDocuments)],
        ["政策文件", "已发布解读", N(coverage.Interpreted)],
        ["政策文件", "3个工作日内发布解读", N(coverage.InterpretedInTime)],
        ["政策文件", "未解读", N(coverage.NotInterpreted)],
        ["政策文件", "解读率", coverage.Share],
        ["政策文件", "3个工作日内解读率", coverage.InTimeShare],
    ];

    private static IEnumerable<string[]> Consultations(ConsultationFigures figures) =>
    [
        ["征求意见", "发布的征求意见", N(figures.Opened)],
        ["意见", "收到意见", N(figures.CommentsReceived)],
        ["意见", "审核公开", N(figures.Approved)],
        ["意见", "不予公开", N(figures.Refused)],
        ["意见", "待审核", N(figures.Pending)],
        ["采纳情况", "采纳", N(figures.Adopted)],
        ["采纳情况", "部分采纳", N(figures.PartlyAdopted)],
        ["采纳情况", "不予采纳", N(figures.NotAdopted)],
        ["采纳情况", "采纳率（含部分采纳）", figures.AdoptionShare],
    ];

    private static IEnumerable<string[]> Mailbox(MailboxFigures figures) =>
    [
        ["来信", "收到来信", N(figures.Received)],
        ["来信", "已答复", N(figures.Answered)],
        ["来信", "在答复期限内答复", N(figures.AnsweredWithinLimit)],
        ["来信", "按期答复率", figures.Share],
        ["来信", "答复用时中位数（工作日）", StatisticsMath.FormatDays(figures.MedianWorkingDays)],
        ["来信", "未答复", N(figures.Unanswered)],
        ["来信", "超过3个月未答复", N(figures.UnansweredOverThreeMonths)],
    ];

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
