using System.Text;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Gongkai.Web.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.IntegrationTests.Search;

/// <summary>
/// A generated corpus over a small vocabulary, so that words meet in many ways: published documents, some corrected
/// after publication, some withdrawn, and drafts. Deterministic (ids and texts from a seed), so two databases built
/// from it hold the same documents.
/// </summary>
internal static class SearchCorpus
{
    public const int Published = 120;

    public static readonly string[] Words =
    [
        "社会", "保险", "养老", "公开", "政府", "信息", "就业", "失业", "工伤", "待遇", "调整", "通知", "办法", "医疗", "工作",
        "人社", "条例", "规定", "实施", "社保", "金", "费", "的", "和", "2014", "61", "HR", "12333", "ＨＲ", "年", "号", "第",
    ];

    private static readonly string[] Marks = ["，", "。", "、", "；", " ", "〔", "〕", "（", "）", "", "", "", ""];

    private static readonly StaffActor Everyone = new(Guid.Parse("00000000-0000-4000-8000-00000000abcd"), "检索测试", new HashSet<string>
    {
        StaffRole.Drafter, StaffRole.OfficeReviewer, StaffRole.ConfidentialityReviewer, StaffRole.DisclosureOfficer,
    });

    /// <summary>Builds the corpus through the domain and SaveChanges, as staff would, so the index follows by itself.</summary>
    public static async Task BuildAsync(GongkaiDbContext db)
    {
        var random = new Random(4242);
        var agencies = await db.Agencies.AsNoTracking().Where(a => a.Code == "shandong" || a.Code == "beijing").OrderBy(a => a.Code).ToListAsync();
        var catalog = new AgencyCatalog(db);
        var categories = new Dictionary<Guid, IReadOnlyList<CatalogCategory>>();
        foreach (var agency in agencies)
        {
            categories[agency.Id] = await catalog.EnsureAsync(agency.Id);
        }

        var written = new DateOnly(2016, 1, 4);
        var published = new List<Document>();
        for (var i = 0; i < Published + 20; i++)
        {
            var agency = agencies[i % agencies.Count];
            var category = categories[agency.Id][random.Next(categories[agency.Id].Count)];
            var day = written.AddDays(i * 9);
            var content = new DocumentContent(
                Title: "关于" + Sentence(random, 3, 6) + "的通知",
                DocumentNumber: random.Next(3) == 0 ? $"鲁人社办发〔{2010 + random.Next(10)}〕{random.Next(1, 90)}号" : null,
                CoIssuers: "",
                WrittenOn: day,
                TopicCode: random.Next(2) == 0 ? "15.01" : "02",
                Genre: random.Next(2) == 0 ? "通知" : "意见",
                CategoryId: category.Id,
                Summary: Sentence(random, 2, 6),
                Keywords: random.Next(2) == 0 ? "社会保险;就业" : "",
                BodyHtml: Body(random),
                IsNormative: false,
                EffectiveOn: null,
                ExpiresOn: null,
                NeedsInterpretation: false);
            var document = new Document(Id(i), agency.Id, Everyone.Id!.Value, content, new AttributeDecision(DisclosureAttribute.Proactive, "", "", false), day.AddDays(28), At(day));
            db.Add(document);
            if (i < Published + 10)
            {
                document.Submit(Everyone, At(day));
                document.PassOfficeReview(Everyone, "", At(day));
                document.PassConfidentialityReview(Everyone, "", At(day));
                document.Publish(Everyone, $"TEST-{i:0000}", day, At(day));
                published.Add(document);
            }

            await db.SaveChangesAsync();
        }

        // Ten published documents are withdrawn and ten corrected: neither their old state nor a withdrawn one may be found.
        foreach (var document in published.Skip(Published).Take(10))
        {
            document.Withdraw(Everyone, "检索测试撤回", At(written));
            await db.SaveChangesAsync();
        }

        foreach (var document in published.Take(10))
        {
            var version = document.Correct(Everyone, "更正后" + Sentence(random, 2, 4), document.Summary, Body(random), "检索测试更正", At(written));
            db.Add(version);
            await db.SaveChangesAsync();
        }
    }

    public static Guid Id(int i) => Guid.Parse($"5ea2c400-0000-4000-8000-{i:000000000000}");

    /// <summary>The queries: fixed ones of every class, and pieces cut from the documents' own text.</summary>
    public static IReadOnlyList<string> Queries(IReadOnlyList<(string Title, string Content)> texts)
    {
        var queries = new List<string>
        {
            "社", "金", "保险", "社会保险", "养老保险待遇", "政府信息公开工作", "〔2014〕61号", "鲁人社办发[2014]61号", "2014",
            "hr", "ＨＲ", "12333", "保险 待遇", "社保", "的通知", "号第", "工伤 2014 的", "更正后", "检索测试撤回", "不存在的词",
        };
        var random = new Random(7);
        while (queries.Count < 80)
        {
            var (title, content) = texts[random.Next(texts.Count)];
            var source = random.Next(3) == 0 ? title : content;
            var length = random.Next(1, 9);
            if (source.Length > length)
            {
                var start = random.Next(source.Length - length);
                var piece = source.Substring(start, length).Trim();
                if (piece.Length > 0 && !char.IsSurrogate(piece[0]) && !char.IsSurrogate(piece[^1]) && piece.Split(' ').Any(t => SearchPhrase.From(t) is not null))
                {
                    queries.Add(piece);
                }
            }
        }

        return queries;
    }

    /// <summary>The text the index searches besides the title, put together the way the document source does.</summary>
    public static string ContentOf(Document d) =>
        string.Join('\n', new[] { d.Summary, PlainText.FromHtml(d.BodyHtml), d.Keywords, d.DocumentNumber, d.IndexNumber }.Where(s => !string.IsNullOrEmpty(s)));

    private static string Body(Random random)
    {
        var body = new StringBuilder();
        var paragraphs = random.Next(1, 6);
        for (var p = 0; p < paragraphs; p++)
        {
            body.Append("<p>").Append(Sentence(random, 4, 14));
            if (random.Next(3) == 0)
            {
                body.Append("<strong>").Append(Sentence(random, 1, 3)).Append("</strong>").Append(Sentence(random, 1, 4));
            }

            body.Append("</p>");
        }

        return body.ToString();
    }

    private static string Sentence(Random random, int min, int max)
    {
        var text = new StringBuilder();
        var count = random.Next(min, max + 1);
        for (var w = 0; w < count; w++)
        {
            text.Append(Words[random.Next(Words.Length)]);
            if (w < count - 1)
            {
                text.Append(Marks[random.Next(Marks.Length)]);
            }
        }

        return text.ToString();
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
}
