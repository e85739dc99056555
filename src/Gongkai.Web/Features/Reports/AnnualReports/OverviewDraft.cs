using System.Globalization;
using System.Net;
using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Interpretations;
using Gongkai.Web.Features.Participation.Consultations;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Reports.AnnualReports;

/// <summary>
/// The first draft of 一、总体情况: paragraphs with the figures the platform knows for the year (documents published by
/// catalog category, interpretations, applications received, consultations opened). Staff rewrite it freely.
/// </summary>
internal sealed class OverviewDraft(GongkaiDbContext db)
{
    public async Task<string> HandleAsync(Guid agencyId, string agencyName, int year, CancellationToken cancellationToken)
    {
        var period = new ReportPeriod(year);
        var first = period.First;
        var last = period.Last;
        var published = await db.Set<Document>().AsNoTracking()
            .Where(d => d.AgencyId == agencyId && d.Status == DocumentStatus.Published && d.PublishedOn >= first && d.PublishedOn <= last)
            .GroupBy(d => d.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = await db.Set<CatalogCategory>().AsNoTracking().Where(c => c.AgencyId == agencyId)
            .ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var interpretations = await db.Set<Interpretation>().AsNoTracking()
            .CountAsync(i => i.AgencyId == agencyId && i.Status == InterpretationStatus.Published && i.PublishedOn >= first && i.PublishedOn <= last, cancellationToken);
        var received = await db.Set<Application>().AsNoTracking()
            .CountAsync(a => a.AgencyId == agencyId && a.Status != ApplicationStatus.Discarded && a.ReceivedOn >= first && a.ReceivedOn <= last, cancellationToken);
        var opened = (await db.Set<Consultation>().AsNoTracking()
                .Where(c => c.AgencyId == agencyId && c.Status != ConsultationStatus.Draft)
                .Select(c => c.OpensOn).ToListAsync(cancellationToken))
            .Count(period.Contains);

        var total = published.Sum(p => p.Count);
        var byCategory = published
            .OrderByDescending(p => p.Count)
            .Select(p => $"{(names.TryGetValue(p.CategoryId, out var n) ? n : "其他")}{p.Count}条")
            .ToList();
        var y = year.ToString(CultureInfo.InvariantCulture);
        var paragraphs = new List<string>
        {
            $"{y}年，{agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》，依托政务公开平台做好主动公开、依申请公开、政策解读和公众参与等工作。现将本年度政府信息公开工作情况报告如下。",
            total == 0
                ? $"（一）主动公开。本年度通过政府信息公开专栏主动公开政府信息0条。"
                : $"（一）主动公开。本年度通过政府信息公开专栏主动公开政府信息{total}条，其中{string.Join("，", byCategory)}。",
            $"（二）政策解读。本年度发布政策解读{interpretations}篇。",
            $"（三）依申请公开。本年度新收政府信息公开申请{received}件，办理情况见第三部分。",
            $"（四）公众参与。本年度发布征求意见{opened}次。",
        };
        return string.Concat(paragraphs.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));
    }
}
