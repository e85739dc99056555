namespace Gongkai.Bench.Corpus;

/// <summary>
/// How the demo agencies write: the region their titles name, the issuer codes of their 发文字号 (鲁人社办发 …), and
/// their share of the corpus (a province publishes more than a district).
/// </summary>
internal sealed record AgencyProfile(string Code, string Region, int Weight, IReadOnlyList<string> Issuers, IReadOnlyList<string> CoIssuers);

internal static class AgencyProfiles
{
    public static readonly IReadOnlyList<AgencyProfile> All =
    [
        new("shandong", "全省", 30, ["鲁人社发", "鲁人社办发", "鲁人社字", "鲁人社函", "鲁人社规"], ["山东省财政厅", "国家税务总局山东省税务局", "山东省医疗保障局"]),
        new("beijing", "本市", 25, ["京人社发", "京人社办发", "京人社就发", "京人社养发", "京人社规"], ["北京市财政局", "北京市医疗保障局", "北京住房公积金管理中心"]),
        new("shanghai", "本市", 25, ["沪人社规", "沪人社发", "沪人社办发", "沪人社就", "沪人社养"], ["上海市财政局", "上海市医疗保障局", "上海市住房公积金管理中心"]),
        new("zhenjiang", "全市", 12, ["镇人社发", "镇人社办发", "镇人社规"], ["镇江市财政局", "镇江市医疗保障局"]),
        new("hunjiang", "全区", 8, ["浑江人社字", "浑江人社发", "浑人社办"], ["浑江区财政局"]),
    ];

    public static AgencyProfile For(string code) =>
        All.FirstOrDefault(p => p.Code == code) ?? new AgencyProfile(code, "本地区", 10, [$"{code.ToUpperInvariant()}人社发"], []);
}
