using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// The cells of the staff form, read from the posted fields (one field per cell, named "cell-" + its key) and checked:
/// counts are whole numbers from 0 to 1,000,000; the fee (万元) is 0 to 99,999,999.9999 with at most four decimals.
/// </summary>
public static class ReportFields
{
    public const int MaxCount = 1_000_000;
    public const decimal MaxFees = 99_999_999.9999m;

    public static string FieldName(string key) => "cell-" + key;

    /// <summary>The typed cells over <paramref name="start"/>, the raw text kept for redisplay, and the errors by field.</summary>
    public static (ReportFigures Figures, Dictionary<string, string> Raw, Dictionary<string, string> Errors) Read(IFormCollection form, IEnumerable<string> keys, ReportFigures start)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(start);
        var figures = start.Copy();
        var raw = new Dictionary<string, string>();
        var errors = new Dictionary<string, string>();
        foreach (var key in keys)
        {
            var name = FieldName(key);
            var text = ((string?)form[name] ?? "").Trim();
            raw[key] = text;
            if (text.Length == 0)
            {
                figures.Set(key, 0);
                continue;
            }

            if (key == ReportFormat.FeesKey)
            {
                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount > MaxFees
                    || decimal.Round(amount, 4) != amount)
                {
                    errors[name] = "行政事业性收费金额应为不小于0的数，单位万元，最多保留四位小数。";
                    continue;
                }

                figures.Set(key, amount);
            }
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count > MaxCount)
            {
                errors[name] = $"“{Label(key)}”应为0至{MaxCount}之间的整数。";
            }
            else
            {
                figures.Set(key, count);
            }
        }

        return (figures, raw, errors);
    }

    /// <summary>The cell's row and column as the form names them, for messages.</summary>
    public static string Label(string key)
    {
        foreach (var item in ReportFormat.ProactiveItems)
        {
            foreach (var row in item.Rows)
            {
                var i = row.Keys.ToList().IndexOf(key);
                if (i >= 0)
                {
                    return $"{row.Name}·{item.Columns[i]}";
                }
            }
        }

        foreach (var row in ReportFormat.ApplicationRows.Where(r => r.Code is not null))
        {
            foreach (var kind in ReportFormat.ApplicantColumns)
            {
                if (ReportFormat.ApplicationKey(row.Code!, kind) == key)
                {
                    return $"{row.Group}{row.Name}·{ReportFormat.ColumnName(kind)}";
                }
            }
        }

        foreach (var kind in ReportFormat.ChallengeKinds)
        {
            foreach (var result in ReportFormat.ChallengeResults)
            {
                if (ReportFormat.ChallengeKey(kind, result) == key)
                {
                    return $"{ReportFormat.ChallengeGroup(kind)}·{Applications.Challenges.ChallengeText.ToChinese(result)}";
                }
            }
        }

        return key;
    }
}
