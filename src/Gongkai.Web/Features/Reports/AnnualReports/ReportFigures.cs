using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Challenges;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// The cells of tables 二, 三 and 四, keyed as <see cref="ReportFormat"/> names them. What the report shows and what a
/// submitted report freezes; every total is computed from the cells, never stored.
/// </summary>
public sealed class ReportFigures
{
    private readonly Dictionary<string, decimal> cells;

    public ReportFigures(IReadOnlyDictionary<string, decimal>? cells = null)
    {
        this.cells = ReportFormat.AllKeys().ToDictionary(k => k, k => cells is not null && cells.TryGetValue(k, out var v) ? v : 0m);
    }

    public IReadOnlyDictionary<string, decimal> Cells => cells;

    public decimal this[string key] => cells.TryGetValue(key, out var value) ? value : 0m;

    public int Count(string key) => (int)this[key];

    public void Set(string key, decimal value)
    {
        if (!cells.ContainsKey(key))
        {
            throw new ArgumentException($"Unknown cell {key}", nameof(key));
        }

        cells[key] = value;
    }

    public void Add(string key, int value = 1) => Set(key, this[key] + value);

    /// <summary>A cell of table 三; a null row is the total row （七）.</summary>
    public int Applications(string? row, ApplicantKind kind) => row is null
        ? ReportFormat.ApplicationRows.Where(r => r.IsOutcome).Sum(r => Count(ReportFormat.ApplicationKey(r.Code!, kind)))
        : Count(ReportFormat.ApplicationKey(row, kind));

    /// <summary>The 总计 column: 自然人 plus the five organisation columns.</summary>
    public int ApplicationsTotal(string? row) => ReportFormat.ApplicantColumns.Sum(k => Applications(row, k));

    public int Challenges(ChallengeKind kind, ChallengeResult result) => Count(ReportFormat.ChallengeKey(kind, result));

    public int ChallengesTotal(ChallengeKind kind) => ReportFormat.ChallengeResults.Sum(r => Challenges(kind, r));

    /// <summary>The same cells copied, for the fields of the staff form, which replace them before saving.</summary>
    public ReportFigures Copy() => new(cells);

    public string ToJson() => System.Text.Json.JsonSerializer.Serialize(cells);

    public static ReportFigures FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new ReportFigures() : new ReportFigures(System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, decimal>>(json));
}
