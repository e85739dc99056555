using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Applications;

/// <summary>
/// 重复申请: the same applicant asking much the same thing again. The platform only points at candidates; whether it is
/// a repeat (不予处理 2) is the officer's judgement.
/// </summary>
public sealed class RepeatCheck(GongkaiDbContext db)
{
    /// <summary>Share of character pairs two requests have in common above which they are shown as possible repeats.</summary>
    public const double Threshold = 0.5;

    private static readonly TimeSpan LookBack = TimeSpan.FromDays(366);

    public async Task<IReadOnlyList<RepeatCandidate>> FindAsync(Guid agencyId, Guid applicationId, string applicantKey, string description, DateTime now, CancellationToken cancellationToken)
    {
        var since = now - LookBack;
        var earlier = await db.Set<Application>().AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.ApplicantKey == applicantKey && a.Id != applicationId
                && a.Status != ApplicationStatus.Discarded && a.SubmittedAt >= since)
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.Number, a.Description, a.Status, a.SubmittedAt })
            .Take(200)
            .ToListAsync(cancellationToken);
        return [.. earlier
            .Select(a => new RepeatCandidate(a.Id, a.Number, a.Status, a.SubmittedAt, Similarity(description, a.Description)))
            .Where(c => c.Similarity >= Threshold)];
    }

    /// <summary>Dice coefficient over the character pairs of the canonical text: word order and punctuation barely matter.</summary>
    public static double Similarity(string a, string b)
    {
        var left = Pairs(a);
        var right = Pairs(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return 0;
        }

        var common = left.Count(right.Contains);
        return 2.0 * common / (left.Count + right.Count);
    }

    private static HashSet<string> Pairs(string text)
    {
        var canonical = SearchText.Canonical(text ?? "").Replace(" ", "", StringComparison.Ordinal);
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < canonical.Length; i++)
        {
            pairs.Add(canonical.Substring(i, 2));
        }

        return pairs;
    }
}

public sealed record RepeatCandidate(Guid Id, string Number, ApplicationStatus Status, DateTime SubmittedAt, double Similarity);
