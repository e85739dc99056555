using System.Globalization;
using Gongkai.Bench.Queries;

namespace Gongkai.Bench.Reporting;

/// <summary>The query figures: latency per class and per variant, throughput, the slowest queries, and the hits.</summary>
internal static class QueryReport
{
    public const double TargetP95 = 50;

    /// <summary>Prints every table; returns the class with the highest p95 and both throughputs, for the summary line.</summary>
    public static (string WorstClass, double WorstP95, double Sequential, double Concurrent) Print(ReportWriter report, IReadOnlyList<BenchQuery> queries, IReadOnlyList<Sample> sequential, TimeSpan sequentialTime,
        IReadOnlyList<Sample> concurrent, TimeSpan concurrentTime, int clients)
    {
        var failures = sequential.Concat(concurrent).Where(s => s.Error is not null).ToList();
        if (failures.Count > 0)
        {
            report.Line($"!! {failures.Count} requests failed; first ones:");
            foreach (var failure in failures.DistinctBy(f => (f.Query.Text, f.Query.Variant)).Take(6))
            {
                report.Line($"   {failure.Status} {failure.Query.PathAndQuery}: {failure.Error}");
            }

            report.Line();
        }

        report.Line($"-- latency per class, sequential (ms; {sequential.Count} requests, every variant pooled; target p95 <= {TargetP95} ms)");
        report.Line("class        requests     p50     p95     p99     max  p95<=50");
        foreach (var name in QuerySet.Classes)
        {
            var p = Percentiles.Of(sequential.Where(s => s.Query.Class == name).Select(s => s.Milliseconds));
            report.Line($"{name,-12} {p.Count,8} {F(p.P50)} {F(p.P95)} {F(p.P99)} {F(p.Max)}  {(p.P95 <= TargetP95 ? "yes" : "NO")}");
        }

        var all = Percentiles.Of(sequential.Select(s => s.Milliseconds));
        report.Line($"{"all",-12} {all.Count,8} {F(all.P50)} {F(all.P95)} {F(all.P99)} {F(all.Max)}  {(all.P95 <= TargetP95 ? "yes" : "NO")}");
        report.Line();

        report.Line("-- p95 per class and variant, sequential (ms)");
        report.Line($"{"class",-12}" + string.Concat(QuerySet.Variants.Select(v => $" {v.Name,9}")));
        foreach (var name in QuerySet.Classes)
        {
            var cells = QuerySet.Variants.Select(v =>
                F(Percentiles.Of(sequential.Where(s => s.Query.Class == name && s.Query.Variant == v.Name).Select(s => s.Milliseconds)).P95, 9));
            report.Line($"{name,-12}" + string.Concat(cells.Select(c => " " + c)));
        }

        report.Line();
        report.Line("-- slowest query texts and variants, sequential (p50 / max ms)");
        foreach (var group in sequential.GroupBy(s => (s.Query.Class, s.Query.Text, s.Query.Variant))
                     .Select(g => (g.Key, P: Percentiles.Of(g.Select(s => s.Milliseconds))))
                     .OrderByDescending(x => x.P.P50).Take(12))
        {
            report.Line($"{F(group.P.P50)} {F(group.P.Max)}  {group.Key.Class,-10} {group.Key.Variant,-8} {group.Key.Text}");
        }

        report.Line();
        report.Line("-- throughput");
        report.Line($"sequential, 1 client : {sequential.Count / sequentialTime.TotalSeconds,8:0.0} requests/s ({sequential.Count} in {sequentialTime.TotalSeconds:0.0} s)");
        report.Line($"concurrent, {clients} clients: {concurrent.Count / concurrentTime.TotalSeconds,8:0.0} requests/s ({concurrent.Count} in {concurrentTime.TotalSeconds:0.0} s)");
        report.Line();
        report.Line($"-- latency per class under {clients} concurrent clients (ms)");
        report.Line("class        requests     p50     p95     p99     max");
        foreach (var name in QuerySet.Classes)
        {
            var p = Percentiles.Of(concurrent.Where(s => s.Query.Class == name).Select(s => s.Milliseconds));
            report.Line($"{name,-12} {p.Count,8} {F(p.P50)} {F(p.P95)} {F(p.P99)} {F(p.Max)}");
        }

        report.Line();
        report.Line("-- total hits per query (+ = lower bound, the engine stopped counting; ! = totals differed between runs)");
        report.Line($"{"class",-10}" + string.Concat(QuerySet.Variants.Select(v => $" {v.Name,9}")) + "  query");
        foreach (var text in queries.Select(q => (q.Class, q.Text)).Distinct())
        {
            var cells = QuerySet.Variants.Select(v =>
            {
                var runs = sequential.Where(s => s.Query.Text == text.Text && s.Query.Variant == v.Name && s.Error is null).ToList();
                if (runs.Count == 0)
                {
                    return $"{"error",9}";
                }

                var first = runs[0];
                if (v.Name == "page10")
                {
                    return $"{first.Items + "it",9}";
                }

                var mark = (first.TotalIsLowerBound ? "+" : "") + (runs.Any(r => r.Total != first.Total) ? "!" : "");
                return $"{(first.Total?.ToString(CultureInfo.InvariantCulture) ?? "?") + mark,9}";
            });
            report.Line($"{text.Class,-10}" + string.Concat(cells.Select(c => " " + c)) + "  " + text.Text);
        }

        report.Line("(page10 shows the number of items returned on page 10, not the total)");
        var worst = QuerySet.Classes
            .Select(c => (Class: c, P95: Percentiles.Of(sequential.Where(s => s.Query.Class == c).Select(s => s.Milliseconds)).P95))
            .MaxBy(x => x.P95);
        return (worst.Class, worst.P95, sequential.Count / sequentialTime.TotalSeconds, concurrent.Count / concurrentTime.TotalSeconds);
    }

    public static string F(double value, int width = 7) =>
        double.IsNaN(value) ? new string('-', 1).PadLeft(width) : value.ToString(value >= 1000 ? "0" : "0.0", CultureInfo.InvariantCulture).PadLeft(width);
}
