using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Features.Search.Synonyms;

/// <summary>
/// A word belongs to one group at most: were 社保 in two groups, a search for it would silently join them, and the
/// administrator editing one group would not see why the other's words come back too.
/// </summary>
internal static class SynonymTerms
{
    public const string Hint = "词之间用空格、逗号或顿号分隔；至少两个不同的词，最多10个，每个词不超过20个字。";

    public static async Task EnsureFreeAsync(GongkaiDbContext db, SynonymGroup group, CancellationToken cancellationToken)
    {
        var others = await db.Set<SynonymGroup>().AsNoTracking().Where(g => g.Id != group.Id).ToListAsync(cancellationToken);
        foreach (var word in group.TermList)
        {
            var holder = others.FirstOrDefault(g => g.TermList.Contains(word, StringComparer.OrdinalIgnoreCase));
            if (holder is not null)
            {
                throw new DomainException($"“{word}”已在同义词组“{Display(holder)}”中，一个词只能属于一个同义词组；可以修改那一组。");
            }
        }
    }

    /// <summary>The words as a list reads them: 社保、社会保险.</summary>
    public static string Display(SynonymGroup group) => string.Join("、", group.TermList);
}
