using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publications.Public;

/// <summary>
/// An agency with a filled column: 45 documents in 就业创业 over three years (topics and genres in turn), two in a
/// sub-category of it, four normative documents of each validity, six notices, and one title full of XML specials.
/// 58 public documents in all, so the feeds are cut at 50.
/// </summary>
public sealed class ColumnScenario : GongkaiFactory, IAsyncLifetime
{
    public const int EmploymentCount = 45;
    public const int TotalPublic = 58;
    public const string SpecialTitle = "关于“A&B<C>”和'D'的\"通知\"";
    public static readonly string[] TopicCycle = ["15.01", "15.02", "02"];
    public static readonly string[] GenreCycle = ["通知", "意见", "办法"];

    public Agency Agency { get; private set; } = null!;

    /// <summary>Employment documents, index 0 the oldest (published 2023-01-02) and 44 the newest.</summary>
    public List<Guid> Employment { get; } = [];
    public List<Guid> Internships { get; } = [];
    public Guid Valid { get; private set; }
    public Guid Expired { get; private set; }
    public Guid Repealed { get; private set; }
    public Guid Amended { get; private set; }
    public Guid Special { get; private set; }
    public Guid WithAttachment { get; private set; }
    public string Code => Agency.Code;

    public static DateOnly EmploymentDate(int i) => new DateOnly(2023, 1, 2).AddDays(i * 20);

    public async ValueTask InitializeAsync()
    {
        Agency = await PublicationSeed.CreateAgencyAsync(Services);
        await AddInternshipsCategoryAsync();
        for (var i = 0; i < EmploymentCount; i++)
        {
            Employment.Add(await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"就业文件第{i:00}号", "employment")
            {
                PublishedOn = EmploymentDate(i),
                WrittenOn = EmploymentDate(i).AddDays(-5),
                TopicCode = TopicCycle[i % 3],
                Genre = GenreCycle[i % 3],
                DocumentNumber = $"测人社发〔{EmploymentDate(i).Year}〕{i + 1}号",
            }));
        }

        for (var i = 0; i < 2; i++)
        {
            Internships.Add(await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"就业见习文件{i}", "internships")
            {
                PublishedOn = new DateOnly(2022, 6, 1 + i),
                TopicCode = "15.01",
            }));
        }

        Valid = await AddNormativeAsync("现行有效的办法", null, null);
        Expired = await AddNormativeAsync("已经失效的办法", Validity.Expired, null);
        Repealed = await AddNormativeAsync("已经废止的办法", Validity.Repealed, Valid);
        Amended = await AddNormativeAsync("已经修改的办法", Validity.Amended, Valid);
        for (var i = 0; i < 5; i++)
        {
            await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"公示公告{i}", "notices") { PublishedOn = new DateOnly(2021, 1, 1 + i) });
        }

        Special = await PublicationSeed.AddAsync(Services, Agency, new SeedDocument(SpecialTitle, "notices")
        {
            PublishedOn = new DateOnly(2025, 12, 31),
            Summary = "概述含有 <b>标签</b> & 符号",
        });
        WithAttachment = await PublicationSeed.AddAsync(Services, Agency, new SeedDocument("附有附件的通知", "notices")
        {
            PublishedOn = new DateOnly(2020, 5, 6),
            WrittenOn = new DateOnly(2020, 4, 28),
            DocumentNumber = "测人社函[2020]7号",
            CoIssuers = "测试市财政局、测试市税务局",
            TopicCode = "15.02",
            Genre = "函",
            Summary = "关于附件的概述。",
            Body = "<p>正文第一段。</p><h2>一、要求</h2><p>正文第二段。</p>",
            Attachments = [("附件1：参保登记表.pdf", PublicationSeed.Pdf)],
        });

        // Not public: must not change any count below.
        await PublicationSeed.AddAsync(Services, Agency, new SeedDocument("草稿不应出现", "employment") { State = SeedState.Draft });
        await PublicationSeed.AddAsync(Services, Agency, new SeedDocument("撤回不应出现", "normative") { State = SeedState.Withdrawn, IsNormative = true });
    }

    private Task<Guid> AddNormativeAsync(string title, Validity? validity, Guid? replacedBy) =>
        PublicationSeed.AddAsync(Services, Agency, new SeedDocument(title, "normative")
        {
            PublishedOn = new DateOnly(2024, 2, 1),
            IsNormative = true,
            Genre = "办法",
            EffectiveOn = new DateOnly(2024, 3, 1),
            ExpiresOn = new DateOnly(2029, 2, 28),
            ChangeValidityTo = validity,
            ReplacedBy = replacedBy,
        });

    private async Task AddInternshipsCategoryAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var employment = db.Set<CatalogCategory>().Single(c => c.AgencyId == Agency.Id && c.Slug == "employment");
        db.Add(new CatalogCategory(Guid.NewGuid(), Agency.Id, employment.Id, "就业见习", "internships", 100));
        await db.SaveChangesAsync();
    }
}
