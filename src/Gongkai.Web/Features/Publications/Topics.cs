namespace Gongkai.Web.Features.Publications;

/// <summary>主题分类: the State Council list (22 top-level topics), with the 劳动、人事、监察 branch that 人社 documents use.</summary>
public static class Topics
{
    public static readonly IReadOnlyList<Topic> All = Build();

    public static Topic? Find(string code) => All.FirstOrDefault(t => t.Code == code);

    public static bool IsKnown(string code) => All.Any(t => t.Code == code);

    private static List<Topic> Build()
    {
        string[] top =
        [
            "国务院组织机构", "综合政务", "国民经济管理、国有资产监管", "财政、金融、审计", "国土资源、能源", "农业、林业、水利",
            "工业、交通", "商贸、海关、旅游", "市场监管、安全生产监管", "城乡建设、环境保护", "科技、教育", "文化、广电、新闻出版",
            "卫生、体育", "人口与计划生育、妇女儿童工作", "劳动、人事、监察", "公安、安全、司法", "民政、扶贫、救灾", "民族、宗教",
            "对外事务", "港澳台侨工作", "国防", "其他",
        ];
        string[] labour = ["劳动就业", "社会保障", "人事工作", "军转安置", "监察", "纠正行业不正之风", "其他"];
        var topics = new List<Topic>();
        for (var i = 0; i < top.Length; i++)
        {
            var code = (i + 1).ToString("00");
            topics.Add(new Topic(code, top[i], null));
            if (top[i] == "劳动、人事、监察")
            {
                topics.AddRange(labour.Select((name, j) => new Topic($"{code}.{j + 1:00}", name, code)));
            }
        }

        return topics;
    }
}

public sealed record Topic(string Code, string Name, string? ParentCode)
{
    public string FullName => ParentCode is null ? Name : $"{Topics.Find(ParentCode)?.Name}／{Name}";
}
