using Gongkai.Bench.Queries;

namespace Gongkai.Bench.Corpus;

/// <summary>`--sample N`: prints generated documents and the query set without a database, to look at the corpus.</summary>
internal static class CorpusSample
{
    public static void Print(int seed, int count)
    {
        var agencies = AgencyProfiles.All.Select((p, i) => new BenchAgency(
            new Guid($"5d1f0000-0000-4000-8000-00000000000{i + 1}"), p.Code, $"{p.Code}人力资源和社会保障厅", $"{p.Code}人社厅", "11370000MB1234567R",
            Guid.Empty, null, "保密审查员", new Dictionary<string, Guid> { ["normative"] = Guid.Empty })).ToList();
        var generator = new CorpusGenerator(seed, agencies, DateOnly.FromDateTime(DateTime.Now));
        var numbering = new Numbering(new Dictionary<(string, int), int>(), new Dictionary<(Guid, int), int>());
        Console.WriteLine($"seed sentences: {SeedSentences.All.Count} ({SentencePool.Common.Count} common, {SentencePool.Rare.Count} rare: 1 document in {SentencePool.RareOneIn:N0}); title subjects: {SentencePool.TitlePhrases.Count}");
        Console.WriteLine($"rare sentences: {string.Join(" | ", SentencePool.Rare)}");
        long chars = 0;
        for (var i = 0; i < count; i++)
        {
            var document = generator.Generate(i);
            numbering.Assign(document);
            chars += document.BodyHtml.Length;
            if (i < 20)
            {
                Console.WriteLine($"-- {i}: {document.Agency.Code} | {document.Title} | {document.DocumentNumber} | {document.IndexNumber} | {document.Genre} | topic {document.TopicCode} | " +
                    $"written {document.WrittenOn} published {document.PublishedAt:yyyy-MM-dd HH:mm} | normative {document.IsNormative} {document.EffectiveOn} {document.ExpiresOn} validity {document.Validity} | " +
                    $"co-issuers {document.CoIssuers} | keywords {document.Keywords} | {document.BodyHtml.Length} chars");
                Console.WriteLine($"   summary: {document.Summary}");
                Console.WriteLine($"   body: {(document.BodyHtml.Length > 400 ? document.BodyHtml[..400] + "…" : document.BodyHtml)}");
            }
        }

        Console.WriteLine($"average body: {chars / count:N0} characters");
        foreach (var query in QuerySet.Texts(null))
        {
            Console.WriteLine($"query {query.Class,-10} {query.Text}");
        }
    }
}
