using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Features.Publications.Attachments;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publications.Public;

/// <summary>Where a seeded document ends up in its life.</summary>
public enum SeedState
{
    Draft,
    OfficeReview,
    ConfidentialityReview,
    Approved,
    Scheduled,
    Published,
    RegisteredOnRequest,
    RegisteredWithheld,
    Withdrawn,
}

/// <summary>A document to seed: its content, and where it is published from (today = its 发布日期).</summary>
public sealed record SeedDocument(string Title, string CategorySlug)
{
    public string Body { get; init; } = "<p>正文。</p>";
    public SeedState State { get; init; } = SeedState.Published;
    public DateOnly PublishedOn { get; init; } = new(2025, 3, 1);
    public DateOnly WrittenOn { get; init; } = new(2025, 2, 20);
    public string TopicCode { get; init; } = "15.01";
    public string Genre { get; init; } = "通知";
    public string? DocumentNumber { get; init; }
    public string CoIssuers { get; init; } = "";
    public string Summary { get; init; } = "";
    public bool IsNormative { get; init; }
    public DateOnly? EffectiveOn { get; init; }
    public DateOnly? ExpiresOn { get; init; }
    public Validity? ChangeValidityTo { get; init; }
    public Guid? ReplacedBy { get; init; }
    public IReadOnlyList<(string Name, byte[] Content)> Attachments { get; init; } = [];
}

/// <summary>
/// Puts agencies and documents straight into the database of a test host, moving each document through its named
/// methods with actors holding the roles the transition table asks for — the same moves the staff pages make.
/// </summary>
public static class PublicationSeed
{
    public static readonly StaffActor Drafter = Actor("测试起草人", StaffRole.Drafter);
    public static readonly StaffActor Office = Actor("测试办公室", StaffRole.OfficeReviewer);
    public static readonly StaffActor Reviewer = Actor("测试保密审查员", StaffRole.ConfidentialityReviewer);
    public static readonly StaffActor Officer = Actor("测试政务公开办", StaffRole.DisclosureOfficer);

    public static readonly byte[] Pdf = "%PDF-1.4\n% test attachment\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    /// <summary>A fresh agency of its own (so demo documents never mix into a test's counts), with its default catalog.</summary>
    public static async Task<Agency> CreateAgencyAsync(IServiceProvider services, string name = "测试市人力资源和社会保障局")
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var code = "t" + Guid.NewGuid().ToString("N")[..12];
        var agency = new Agency(Guid.NewGuid(), code, name, "测试市人社局", AgencyLevel.City, null);
        agency.UpdateContact(new AgencyContact("", "测试市示例路8号", "0000-12345678", "工作日 上午9:00-12:00", "测试市人社局政务公开办公室，电话 0000-87654321"));
        db.Agencies.Add(agency);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<AgencyCatalog>().EnsureAsync(agency.Id);
        return agency;
    }

    public static async Task<Guid> AddAsync(IServiceProvider services, Agency agency, SeedDocument seed)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var category = await db.Set<CatalogCategory>().SingleAsync(c => c.AgencyId == agency.Id && c.Slug == seed.CategorySlug);
        var now = DateTime.UtcNow;
        var decision = seed.State switch
        {
            SeedState.RegisteredOnRequest => new AttributeDecision(DisclosureAttribute.OnRequest, "涉及过程性信息，仅依申请公开。", "16-process", false),
            SeedState.RegisteredWithheld => new AttributeDecision(DisclosureAttribute.Withheld, "涉及国家秘密。", "14-secret", false),
            _ => new AttributeDecision(DisclosureAttribute.Proactive, "", "", false),
        };
        var content = new DocumentContent(
            seed.Title, seed.DocumentNumber, seed.CoIssuers, seed.WrittenOn, seed.TopicCode, seed.Genre, category.Id, seed.Summary, "",
            seed.Body, seed.IsNormative, seed.EffectiveOn, seed.ExpiresOn, false);
        var document = new Document(Guid.NewGuid(), agency.Id, Drafter.Id!.Value, content, decision, seed.WrittenOn.AddDays(28), now);
        db.Add(document);

        if (seed.State != SeedState.Draft)
        {
            document.Submit(Drafter, now);
        }

        if (seed.State > SeedState.OfficeReview)
        {
            document.PassOfficeReview(Office, "", now);
        }

        if (seed.State > SeedState.ConfidentialityReview)
        {
            document.PassConfidentialityReview(Reviewer, "", now);
        }

        switch (seed.State)
        {
            case SeedState.Scheduled:
                document.Schedule(Officer, now.AddDays(30), now);
                break;
            case SeedState.Published or SeedState.Withdrawn:
                document.Publish(Officer, $"TEST-{Guid.NewGuid():N}"[..24], seed.PublishedOn, now);
                if (seed.ChangeValidityTo is { } validity)
                {
                    document.ChangeValidity(Officer, validity, seed.ReplacedBy, now);
                }

                if (seed.State == SeedState.Withdrawn)
                {
                    document.Withdraw(Officer, "测试撤回。", now);
                }

                break;
            case SeedState.RegisteredOnRequest or SeedState.RegisteredWithheld:
                document.Register(Officer, seed.PublishedOn.AddYears(1), now);
                break;
        }

        var store = scope.ServiceProvider.GetRequiredService<AttachmentStore>();
        var order = 0;
        foreach (var (name, bytes) in seed.Attachments)
        {
            db.Add(await store.SaveAsync(document.Id, name, bytes, now, order++));
        }

        await db.SaveChangesAsync();
        return document.Id;
    }

    public static async Task<IReadOnlyList<DocumentAttachment>> AttachmentsOfAsync(IServiceProvider services, Guid documentId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Set<DocumentAttachment>().AsNoTracking().Where(a => a.DocumentId == documentId).ToListAsync();
    }

    /// <summary>Counts straight from the table, not through the public gate: what the public pages must agree with.</summary>
    public static async Task<int> CountPublishedAsync(IServiceProvider services, Guid agencyId, Guid? categoryId = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Set<Document>().CountAsync(d => d.AgencyId == agencyId && d.Status == DocumentStatus.Published && (categoryId == null || d.CategoryId == categoryId));
    }

    public static async Task<IReadOnlyList<CatalogCategory>> CategoriesAsync(IServiceProvider services, Guid agencyId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        return await db.Set<CatalogCategory>().AsNoTracking().Where(c => c.AgencyId == agencyId).OrderBy(c => c.SortOrder).ToListAsync();
    }

    public static async Task SetGuideAsync(IServiceProvider services, Guid agencyId, string html)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        var settings = await db.Set<PublicationSettings>().SingleAsync(s => s.AgencyId == agencyId);
        settings.ChangeGuide(Gongkai.Web.Platform.Web.HtmlSanitizer.Sanitize(html));
        await db.SaveChangesAsync();
    }

    private static StaffActor Actor(string name, string role) => new(Guid.NewGuid(), name, new HashSet<string> { role });
}
