using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.IntegrationTests.Publications.Public;
using Gongkai.Web.Features.Agencies;
using Gongkai.Web.Features.Publications;

namespace Gongkai.IntegrationTests.Search;

/// <summary>
/// An agency of its own whose documents share a made-up word (琉璃瓦) in different years, genres, topics and categories,
/// 25 more that share another (砚台) for paging, and an unpublished document in every hidden state carrying a marker
/// word of its own. Demo data (five agencies, the same generated titles in each) is there too.
/// </summary>
public sealed class SearchScenario : GongkaiFactory, IAsyncLifetime
{
    public const string Word = "琉璃瓦";
    public const string PagingWord = "砚台";
    public const int PagingCount = 25;
    public const string SpecialTitle = "关于“A&B<C>”琉璃瓦的说明";

    public Agency Agency { get; private set; } = null!;
    public string Code => Agency.Code;

    /// <summary>通知, 2024, 15.01, employment; the word in its title.</summary>
    public Guid Notice { get; private set; }

    /// <summary>规范性文件 (有效), 办法, 2022, 15.02, normative; the word in its title.</summary>
    public Guid Measures { get; private set; }

    /// <summary>意见, 2020, 02, notices; the word only in its body.</summary>
    public Guid Opinion { get; private set; }

    /// <summary>通知, 2019, notices; a title full of HTML specials.</summary>
    public Guid Special { get; private set; }

    public int WordCount => 4;

    public List<(SeedState State, string Marker)> Hidden { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Agency = await PublicationSeed.CreateAgencyAsync(Services, "检索测试市人力资源和社会保障局");
        Notice = await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"关于开展{Word}工匠技能培训的通知", "employment")
        {
            PublishedOn = new DateOnly(2024, 5, 6),
            DocumentNumber = "检人社发〔2024〕3号",
            Body = "<p>为提升传统建筑工匠技能，现就培训有关事项通知如下。</p>",
        });
        Measures = await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"{Word}修缮补贴办法", "normative")
        {
            PublishedOn = new DateOnly(2022, 8, 1),
            Genre = "办法",
            TopicCode = "15.02",
            IsNormative = true,
            EffectiveOn = new DateOnly(2022, 9, 1),
            ExpiresOn = new DateOnly(2099, 8, 31),
            Body = "<p>第一条 为规范补贴发放，制定本办法。</p>",
        });
        Opinion = await PublicationSeed.AddAsync(Services, Agency, new SeedDocument("关于加强古建筑保护的意见", "notices")
        {
            PublishedOn = new DateOnly(2020, 3, 9),
            Genre = "意见",
            TopicCode = "02",
            Body = $"<p>各单位要重视古建筑修缮，{Word}等传统材料的采购应当公开透明。</p>",
        });
        Special = await PublicationSeed.AddAsync(Services, Agency, new SeedDocument(SpecialTitle, "notices")
        {
            PublishedOn = new DateOnly(2019, 1, 2),
            Body = "<p>标题含有特殊字符。</p>",
        });

        for (var i = 0; i < PagingCount; i++)
        {
            await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"{PagingWord}收藏第{i + 1}号公告", "notices")
            {
                PublishedOn = new DateOnly(2021, 1, 1).AddDays(i),
                Genre = "公告",
            });
        }

        SeedState[] hidden =
        [
            SeedState.Draft, SeedState.OfficeReview, SeedState.ConfidentialityReview, SeedState.Approved, SeedState.Scheduled,
            SeedState.RegisteredOnRequest, SeedState.RegisteredWithheld, SeedState.Withdrawn,
        ];
        foreach (var state in hidden)
        {
            var marker = $"隐藏{state}标记{Guid.NewGuid().ToString("N")[..6]}";
            await PublicationSeed.AddAsync(Services, Agency, new SeedDocument($"关于{marker}{Word}的通知", "employment")
            {
                State = state,
                Body = $"<p>正文含有{marker}。</p>",
            });
            Hidden.Add((state, marker));
        }
    }
}
