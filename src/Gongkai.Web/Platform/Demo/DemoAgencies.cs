using Gongkai.Web.Features.Agencies;

namespace Gongkai.Web.Platform.Demo;

/// <summary>The five agencies of the seed documents, with made-up contact data (the credit codes only pass the check digit).</summary>
internal static class DemoAgencies
{
    public static readonly IReadOnlyList<DemoAgency> All =
    [
        new(new Guid("5d1f0000-0000-4000-8000-000000000001"), "shandong", "山东省人力资源和社会保障厅", "山东省人社厅", AgencyLevel.Province,
            new AgencyContact("11370000MB1234567R", "山东省济南市历下区示例路1号", "0531-00000001", "工作日 上午9:00-12:00，下午13:30-17:00", "山东省人社厅政务公开办公室，电话 0531-00000002")),
        new(new Guid("5d1f0000-0000-4000-8000-000000000002"), "beijing", "北京市人力资源和社会保障局", "北京市人社局", AgencyLevel.Province,
            new AgencyContact("11110000MB23456785", "北京市通州区示例街2号", "010-00000001", "工作日 上午9:00-12:00，下午13:30-17:00", "北京市人社局政府信息公开办公室，电话 010-00000002")),
        new(new Guid("5d1f0000-0000-4000-8000-000000000003"), "zhenjiang", "镇江市人力资源和社会保障局", "镇江市人社局", AgencyLevel.City,
            new AgencyContact("11321100MB3456789R", "江苏省镇江市京口区示例路3号", "0511-00000001", "工作日 上午8:30-12:00，下午14:00-17:30", "镇江市人社局办公室，电话 0511-00000002")),
        new(new Guid("5d1f0000-0000-4000-8000-000000000004"), "shanghai", "上海市人力资源和社会保障局", "上海市人社局", AgencyLevel.Province,
            new AgencyContact("11310000MB4567890N", "上海市黄浦区示例路4号", "021-00000001", "工作日 上午9:00-11:30，下午13:30-17:00", "上海市人社局政府信息公开办公室，电话 021-00000002")),
        new(new Guid("5d1f0000-0000-4000-8000-000000000005"), "hunjiang", "白山市浑江区人力资源和社会保障局", "浑江区人社局", AgencyLevel.District,
            new AgencyContact("11220602MB56789017", "吉林省白山市浑江区示例街5号", "0439-00000001", "工作日 上午8:30-11:30，下午13:00-16:30", "浑江区人社局办公室，电话 0439-00000002")),
    ];

    public static readonly IReadOnlyList<string> DepartmentNames =
        ["办公室", "政策法规处", "就业促进处", "养老保险处", "劳动关系处", "人才开发处"];

    public static string DepartmentName(string name, AgencyLevel level) =>
        level == AgencyLevel.District && name.EndsWith('处') ? name[..^1] + "股" : name;
}

internal sealed record DemoAgency(Guid Id, string Code, string FullName, string ShortName, AgencyLevel Level, AgencyContact Contact);
