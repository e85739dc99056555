using Gongkai.IntegrationTests.Infrastructure;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Audit;
using Gongkai.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Gongkai.IntegrationTests.Publications.Import.ImportUpload;

namespace Gongkai.IntegrationTests.Publications.Import;

/// <summary>
/// The database fails at the very end of an import (when its audit entry is saved), after a first batch of documents
/// was saved in the transaction and every attachment file was written: nothing may remain of it.
/// </summary>
public sealed class ImportRollbackTests(GongkaiFactory factory) : IClassFixture<GongkaiFactory>
{
    [Fact]
    public async Task When_the_transaction_fails_every_document_is_rolled_back_and_every_written_file_deleted()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.ConfigureDbContext<GongkaiDbContext>(options => options.AddInterceptors(new FailOnImportAudit()))));
        var root = failing.Services.GetRequiredService<IConfiguration>()["Attachments:Root"]!;
        int Files() => Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count() : 0;
        var filesBefore = Files();

        var client = new StaffClient(failing.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await client.SignInAsync("shanghai-agencyadmin", Gongkai.Web.Platform.Demo.DemoData.Password);
        // More rows than one batch, so that some documents are already saved inside the transaction when it fails.
        var rows = Enumerable.Range(1, 60)
            .Select(i => (IReadOnlyList<string>)[$"回滚测试{i:00}：关于发布第{i}批就业见习基地名单的通知", "2019-05-06", "2019-05-08", "notices", $"list{i}.pdf"])
            .ToArray();
        var csv = Csv(["标题", "成文日期", "发布日期", "目录", "附件"], rows);
        var zip = Zip([.. Enumerable.Range(1, 60).Select(i => ($"list{i}.pdf", Pdf))]);

        var (_, html) = await ImportAsync(client, "shanghai", ("rollback.csv", csv), ("rollback.zip", zip));

        Assert.Contains("data-state=\"Failed\"", html, StringComparison.Ordinal);
        Assert.Contains("已写入的内容已全部撤销", html, StringComparison.Ordinal);
        Assert.Contains("已导入 0 / 60", html, StringComparison.Ordinal);
        Assert.Equal(filesBefore, Files());
        await using var scope = failing.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GongkaiDbContext>();
        Assert.False(await db.Set<Document>().AnyAsync(d => d.Title.StartsWith("回滚测试")));
        Assert.False(await db.Set<DocumentAttachment>().AnyAsync(a => a.FileName.StartsWith("list")));
        Assert.False(await db.AuditEntries.AnyAsync(e => e.EntityType == "DocumentImport"));
    }

    private sealed class FailOnImportAudit : SaveChangesInterceptor
    {
        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (eventData.Context!.ChangeTracker.Entries<AuditEntry>().Any(e => e.State == EntityState.Added && e.Entity.EntityType == "DocumentImport"))
            {
                throw new DbUpdateException("模拟数据库在导入结束时出错。");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
