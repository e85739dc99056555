using Gongkai.Web.Features.Applications;
using Gongkai.Web.Features.Applications.Applicants;
using Gongkai.Web.Features.Applications.Outcomes;
using Gongkai.Web.Features.Publications;
using Gongkai.Web.Platform.Auth;
using Gongkai.Web.Platform.Calendar;
using Gongkai.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Gongkai.Web.Platform.Demo;

/// <summary>
/// A few applications in 镇江市人社局 at different stages, dated back from today, so the back office shows a case to
/// confirm, one awaiting a supplement, one being handled and one replied. The applicants are invented (姓名含“示例”) and
/// their ID numbers only pass the check digit. Idempotent: skipped when the agency has any application.
/// </summary>
internal sealed class DemoApplications(GongkaiDbContext db, TimeProvider time)
{
    /// <summary>Every demo case opens with this query code on the public status page (README: 演示账号).</summary>
    public const string QueryCodeOfEveryCase = "DEMOCASE";

    private const string AgencyCode = "zhenjiang";

    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        var agency = await db.Agencies.AsNoTracking().SingleOrDefaultAsync(a => a.Code == AgencyCode, cancellationToken);
        if (agency is null || await db.Set<Application>().AnyAsync(a => a.AgencyId == agency.Id, cancellationToken))
        {
            return;
        }

        var office = await ActorAsync(agency.Id, StaffRole.DisclosureOfficer, cancellationToken);
        var handler = await ActorAsync(agency.Id, StaffRole.Handler, cancellationToken);
        var department = await db.Departments.AsNoTracking().Where(d => d.AgencyId == agency.Id).OrderBy(d => d.SortOrder).FirstOrDefaultAsync(cancellationToken);
        if (office is null || handler is null || department is null)
        {
            return;
        }

        var calendar = WorkingDayCalendar.Official;
        var today = ChineseDate.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var day = new WorkingDaysBack(calendar, today);
        var numbers = new ApplicationNumbers(db);
        async Task<Application> RegisterAsync(string name, string id17, string description, int workingDaysAgo)
        {
            var number = await numbers.NextCaseNumberAsync(agency.Id, today.Year, cancellationToken);
            var receivedOn = day.Back(workingDaysAgo);
            return Application.Register(Guid.NewGuid(), agency.Id, number, QueryCode.Hash(number, QueryCodeOfEveryCase), ReceiptChannel.InPerson, receivedOn,
                Person(name, id17), new RequestDetails(description, "", "", DeliveryMethod.Post, InformationFormat.Paper), office, calendar, receivedOn, now);
        }

        var onlineNumber = await numbers.NextCaseNumberAsync(agency.Id, today.Year, cancellationToken);
        var online = Application.Submit(Guid.NewGuid(), agency.Id, onlineNumber, QueryCode.Hash(onlineNumber, QueryCodeOfEveryCase), Person("示例申请人甲", "32110219800101001"),
            new RequestDetails("2025年镇江市城乡居民基本养老保险参保人数和待遇发放总额。", "", "", DeliveryMethod.Electronic, InformationFormat.ElectronicFile), now);

        var supplement = await RegisterAsync("示例申请人乙", "32110219850505002", "关于社保补贴的文件。", 2);
        supplement.RequestSupplement(office, "请说明所需的是哪一类社保补贴（如灵活就业人员社保补贴、吸纳就业社保补贴），以及文件的大致年份。", 15, calendar, day.Back(1), now);

        var handling = await RegisterAsync("示例申请人丙", "32110219900909003", "2024年至2025年本局作出的工伤认定决定数量（按年统计）。", 6);
        handling.Assign(office, department.Id, department.Name, handler.Id!.Value, handler.Name, now);

        var replied = await RegisterAsync("示例申请人丁", "32110219751212004", "镇人社发〔2025〕12号文件全文。", 15);
        replied.Assign(office, department.Id, department.Name, handler.Id!.Value, handler.Name, now);
        replied.Decide(handler, ApplicationOutcome.Disclosed, ReplyType.AlreadyPublished, "", "", "该文件已在本局政府信息公开专栏“政策文件”栏目主动公开。", day.Back(3), now);
        var prefix = ApplicationSettingsStore.Default(agency).LetterPrefix;
        replied.Reply(office, await numbers.NextReplyNumberAsync(agency.Id, prefix, today.Year, cancellationToken), day.Back(3), now);

        db.AddRange(online, supplement, handling, replied);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ApplicantDetails Person(string name, string id17) =>
        new(ApplicantKind.NaturalPerson, name, IdDocumentType.ResidentIdCard, id17 + ResidentIdNumber.CheckCharacter(id17), "", "", "", "13900000000", "", "江苏省镇江市示例路1号", "212000");

    private async Task<StaffActor?> ActorAsync(Guid agencyId, string role, CancellationToken cancellationToken)
    {
        var userName = DemoData.UserName(AgencyCode, role);
        var user = await db.Users.AsNoTracking().Where(u => u.UserName == userName && u.AgencyId == agencyId)
            .Select(u => new { u.Id, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        return user is null ? null : new StaffActor(user.Id, user.DisplayName, new HashSet<string> { role });
    }

    /// <summary>Working days counted back from today on the official calendar.</summary>
    private sealed class WorkingDaysBack(WorkingDayCalendar calendar, DateOnly today)
    {
        public DateOnly Back(int workingDays)
        {
            var date = today;
            for (var left = workingDays; left > 0;)
            {
                date = date.AddDays(-1);
                if (!calendar.LoadedYears.Contains(date.Year) || calendar.IsWorkingDay(date))
                {
                    left--;
                }
            }

            return date;
        }
    }
}
