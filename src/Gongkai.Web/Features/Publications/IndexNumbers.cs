using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Publications;

/// <summary>索引号: given at publication from the agency's pattern; default &lt;统一社会信用代码&gt;/&lt;year&gt;-&lt;5-digit serial&gt;.</summary>
public sealed class IndexNumbers(GongkaiDbContext db)
{
    /// <summary>Takes the next serial; saved with the caller's unit of work (a concurrency token guards the counter).</summary>
    public async Task<string> NextAsync(Agency agency, int year)
    {
        var settings = await db.Set<PublicationSettings>().FindAsync(agency.Id) ?? new PublicationSettings(agency.Id);
        var counter = await db.Set<IndexNumberCounter>().FindAsync(agency.Id, year);
        if (counter is null)
        {
            counter = new IndexNumberCounter(agency.Id, year);
            db.Add(counter);
        }

        return Format(settings.IndexNumberPattern, agency, year, counter.Next());
    }

    public static string Format(string pattern, Agency agency, int year, int serial)
    {
        var credit = agency.CreditCode.Length > 0 ? agency.CreditCode : agency.Code.ToUpperInvariant();
        var text = pattern
            .Replace("{credit}", credit, StringComparison.Ordinal)
            .Replace("{code}", agency.Code, StringComparison.Ordinal)
            .Replace("{year}", year.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(text, @"\{serial(?::(0+))?\}", m =>
            serial.ToString(new string('0', Math.Max(1, m.Groups[1].Value.Length)), System.Globalization.CultureInfo.InvariantCulture));
    }
}
