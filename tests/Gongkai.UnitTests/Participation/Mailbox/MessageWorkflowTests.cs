using Gongkai.Web;
using Gongkai.Web.Features.Participation.Mailbox;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;

namespace Gongkai.UnitTests.Participation.Mailbox;

public sealed class MessageWorkflowTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 2, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly StaffActor Office = new(Guid.NewGuid(), "政务公开办", new HashSet<string> { StaffRole.DisclosureOfficer });
    private static readonly StaffActor Handler = new(Guid.NewGuid(), "承办人甲", new HashSet<string> { StaffRole.Handler });
    private static readonly StaffActor OtherHandler = new(Guid.NewGuid(), "承办人乙", new HashSet<string> { StaffRole.Handler });
    private static readonly StaffActor Drafter = new(Guid.NewGuid(), "起草人", new HashSet<string> { StaffRole.Drafter });

    private static readonly MessageStatus[] Ends = [MessageStatus.Published, MessageStatus.Closed, MessageStatus.Rejected];

    [Fact]
    public void Only_the_ends_have_no_way_forward_and_every_row_names_a_staff_role()
    {
        foreach (var status in Enum.GetValues<MessageStatus>())
        {
            Assert.Equal(Ends.Contains(status), !MessageWorkflow.Table.Any(t => t.From == status));
        }

        Assert.All(MessageWorkflow.Table, t => Assert.True(StaffRole.IsKnown(t.Role)));
        Assert.Equal(MessageWorkflow.Table.Count, MessageWorkflow.Table.Select(t => (t.From, t.Action, t.Role)).Distinct().Count());
    }

    [Fact]
    public void A_message_goes_from_received_to_published_and_every_move_is_in_the_history()
    {
        var message = Write(keepPrivate: false);

        message.Assign(Office, Guid.NewGuid(), "失业保险处", Handler.Id!.Value, Handler.Name, Now);
        message.Reply(Handler, "您好，按规定办理。", Today, Now);
        message.Publish(Office, Today, Now);

        Assert.Equal(MessageStatus.Published, message.Status);
        Assert.Equal("承办人甲", message.AnsweredBy);
        Assert.Equal(Today, message.PublishedOn);
        Assert.Equal(
            [MessageAction.Write, MessageAction.Assign, MessageAction.Answer, MessageAction.Publish],
            message.History.Select(h => h.Action));
        Assert.Equal([null, MessageStatus.Received, MessageStatus.Assigned, MessageStatus.Answered], message.History.Select(h => h.From));
    }

    [Fact]
    public void A_message_whose_writer_asked_for_privacy_cannot_be_published_but_can_be_closed()
    {
        var message = Write(keepPrivate: true);
        message.Reply(Office, "已答复。", Today, Now);

        var refused = Assert.Throws<DomainException>(() => message.Publish(Office, Today, Now));

        Assert.Contains("不公开", refused.Message, StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Answered, message.Status);
        message.Close(Office, Now);
        Assert.Equal(MessageStatus.Closed, message.Status);
    }

    [Fact]
    public void A_handler_answers_only_what_was_assigned_to_them()
    {
        var unassigned = Write(keepPrivate: false);
        Assert.Throws<DomainException>(() => unassigned.Reply(Handler, "答复", Today, Now));

        var assigned = Write(keepPrivate: false);
        assigned.Assign(Office, Guid.NewGuid(), "处室", Handler.Id!.Value, Handler.Name, Now);
        var refused = Assert.Throws<DomainException>(() => assigned.Reply(OtherHandler, "答复", Today, Now));

        Assert.Contains("未交办给您", refused.Message, StringComparison.Ordinal);
        Assert.Equal(MessageStatus.Assigned, assigned.Status);
    }

    [Fact]
    public void Only_the_disclosure_office_assigns_publishes_and_rejects()
    {
        var message = Write(keepPrivate: false);

        Assert.Throws<DomainException>(() => message.Assign(Handler, Guid.NewGuid(), "处室", Handler.Id!.Value, Handler.Name, Now));
        Assert.Throws<DomainException>(() => message.Reject(Drafter, "广告", Now));
        Assert.Throws<DomainException>(() => message.Reply(Drafter, "答复", Today, Now));
        Assert.Equal(MessageStatus.Received, message.Status);
        Assert.Single(message.History);
    }

    [Fact]
    public void A_rejected_message_needs_a_reason_and_then_takes_no_answer()
    {
        var message = Write(keepPrivate: false);

        Assert.Throws<DomainException>(() => message.Reject(Office, "  ", Now));
        message.Reject(Office, "垃圾广告", Now);

        Assert.Equal(MessageStatus.Rejected, message.Status);
        Assert.Equal("垃圾广告", message.RejectReason);
        var refused = Assert.Throws<DomainException>(() => message.Reply(Office, "答复", Today, Now));
        Assert.Contains("不予受理", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unanswered_message_cannot_be_published()
    {
        var message = Write(keepPrivate: false);

        Assert.Throws<DomainException>(() => message.Publish(Office, Today, Now));
        Assert.Throws<DomainException>(() => message.Reply(Office, " ", Today, Now));
        Assert.Equal(MessageStatus.Received, message.Status);
    }

    private static Message Write(bool keepPrivate) => Message.Write(
        Guid.NewGuid(), Guid.NewGuid(), "XX202600001", "hash",
        new MessageDetails(MessageBox.Inquiry, MessageCategory.PolicyQuestion, "失业金", "怎么领取？", "张三丰", "13812345678", "", keepPrivate),
        Today, 10, WorkingDayCalendar.Official, Now);
}
