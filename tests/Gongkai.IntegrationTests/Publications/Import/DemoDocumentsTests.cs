using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gongkai.IntegrationTests.Publications.Import;

public sealed class DemoDocumentsTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    public static readonly TheoryData<string, string, string?, string, string, string> SeedDocuments = new()
    {
        // agency, title, 文号, written on, a sentence from the text, its last line
        { "shandong", "关于进一步深化全省人力资源社会保障系统政务公开工作的实施意见", "鲁人社办发〔2014〕61号", "2014-03-27",
            "原则上每季度举办1次新闻发布会", "(此件主动公开)" },
        { "beijing", "北京市人力资源和社会保障局政务公开工作重点任务(2016年-2020年)", "京人社办发〔2016〕179号", "2016-09-23",
            "建立健全政府网站信息内容更新机制,每周至少更新1次。", "2016年9月23日" },
        { "zhenjiang", "镇江市人力资源和社会保障局2012年政府信息公开工作年度报告", null, "2013-03-31",
            "共受理3件依申请公开申请,内容主要涉及工伤保险、个人参保信息核实和事业单位招聘等方面。", "四是进一步加强学习和培训。进一步提高工作人员业务素质,增强责任心,不断提高信息公开意识和服务质量。" },
        { "shanghai", "2020年上海市人力资源和社会保障局政务公开工作要点", null, "2020-04-20",
            "推动采用“1+2+X”的形式开展政策解读", "认真做好依申请办理、公文备案等模块的数据录入和维护。" },
        { "hunjiang", "浑江区人力资源和社会保障局关于印发《浑江区公文公开属性源头认定工作实施方案》、《浑江区人社局政策文件解读实施办法》、《浑江区人社局政务舆情回应制度》的通知",
            "浑江人社字〔2018〕38号", "2018-09-06",
            "(四)确定为“主动公开”的公文,不可夹带“依申请公开”和“不予公开”的内容。", "2018年9月6日印发" },
    };

    [Theory]
    [MemberData(nameof(SeedDocuments))]
    public async Task Each_seed_document_is_published_in_the_agency_that_issued_it_with_its_number_and_full_text(
        string agencyCode, string title, string? number, string writtenOn, string sentence, string lastLine)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var agency = await db.Agencies.SingleAsync(a => a.Code == agencyCode);
        var document = await db.Set<Document>().Include(d => d.History).SingleAsync(d => d.Title == title);

        Assert.Equal(agency.Id, document.AgencyId);
        Assert.Equal(DocumentStatus.Published, document.Status);
        Assert.Equal(number, document.DocumentNumber);
        Assert.Equal(DateOnly.Parse(writtenOn, System.Globalization.CultureInfo.InvariantCulture), document.WrittenOn);
        Assert.NotNull(document.IndexNumber);
        Assert.StartsWith(agency.CreditCode + "/", document.IndexNumber, StringComparison.Ordinal);
        Assert.Contains(sentence, document.BodyHtml, StringComparison.Ordinal);
        Assert.EndsWith($"{lastLine}</p>", document.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("浏览:23次", document.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("扫一扫", document.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("登录 |", document.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(4, document.History.Count);
        Assert.Equal($"{agency.ShortName}政务公开办", document.History.Single(h => h.Action == DocumentAction.Publish).ActorName);
    }

    [Fact]
    public async Task The_whole_seed_text_is_kept_paragraph_by_paragraph()
    {
        await using var scope = factory.Scope();
        var document = await factory.Db(scope).Set<Document>().SingleAsync(d => d.DocumentNumber == "鲁人社办发〔2014〕61号");
        var lines = Gongkai.Web.Platform.Demo.Seeds.Seed000.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        Assert.Equal(lines.Count, document.BodyHtml.Split("<p>").Length - 1);
        Assert.StartsWith("<p>鲁人社办发〔2014〕61号</p>\n<p>各市人力资源社会保障局,省厅各处室、直属单位,省公务员局:</p>", document.BodyHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_agency_has_generated_documents_and_a_normative_one_with_an_expiry_date()
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        foreach (var agency in await db.Agencies.ToListAsync())
        {
            var documents = await db.Set<Document>().Where(d => d.AgencyId == agency.Id && d.Status == DocumentStatus.Published).ToListAsync();
            Assert.True(documents.Count >= 4, $"{agency.Code} 只有{documents.Count}份已发布文件");
            Assert.Contains(documents, d => d.IsNormative && d.ExpiresOn is not null && d.Validity == Validity.Valid);
            Assert.Equal(documents.Count, documents.Select(d => d.IndexNumber).Distinct().Count());
        }
    }

    [Fact]
    public async Task Running_the_demo_data_twice_does_not_duplicate_documents()
    {
        int before;
        int counters;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            before = await db.Set<Document>().CountAsync();
            counters = await db.Set<IndexNumberCounter>().SumAsync(c => c.LastSerial);
            Assert.True(before >= 20);
        }

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        }

        await using (var scope = factory.Scope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().EnsureAsync();
        }

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Assert.Equal(before, await db.Set<Document>().CountAsync());
            Assert.Equal(counters, await db.Set<IndexNumberCounter>().SumAsync(c => c.LastSerial));
            Assert.Equal(before, await db.Set<Document>().Select(d => new { d.AgencyId, d.Title }).Distinct().CountAsync());
        }
    }
}
