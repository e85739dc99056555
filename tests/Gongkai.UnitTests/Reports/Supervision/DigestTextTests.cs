using Gongkai.Web.Features.Reports.Supervision;
using Gongkai.Web.Features.Reports.Supervision.Digests;
using Gongkai.Web.Platform.Deadlines;
using Xunit;

namespace Gongkai.UnitTests.Reports.Supervision;

public sealed class DigestTextTests
{
    [Fact]
    public void The_body_groups_late_items_before_soon_ones_with_full_links()
    {
        var items = new[]
        {
            new DigestItem(DeadlineKind.MailboxAnswer, "XX2026-0001 在线咨询：失业保险", new DateOnly(2026, 12, 8), DeadlineStatus.DueSoon, "/admin/shandong/mailbox/1"),
            new DigestItem(DeadlineKind.Publication, "关于某某的通知", new DateOnly(2026, 11, 30), DeadlineStatus.Overdue, "/admin/shandong/documents/2"),
        };

        var body = DigestText.Body("张三", new DateOnly(2026, 12, 3), items, "https://gk.example.cn");

        Assert.StartsWith("张三：您好！", body, StringComparison.Ordinal);
        Assert.True(body.IndexOf("【已逾期】1项", StringComparison.Ordinal) < body.IndexOf("【即将到期】1项", StringComparison.Ordinal));
        Assert.Contains("- 主动公开：关于某某的通知（期限2026年11月30日）https://gk.example.cn/admin/shandong/documents/2", body, StringComparison.Ordinal);
        Assert.Equal("督办提醒：2026年12月3日 已逾期1项，即将到期1项", DigestText.Subject(new DateOnly(2026, 12, 3), 1, 1));
    }
}
