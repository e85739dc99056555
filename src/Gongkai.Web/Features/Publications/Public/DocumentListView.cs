namespace Gongkai.Web.Features.Publications.Public;

/// <summary>What the shared document list needs: whose documents, which ones, and whether to show 实施日期 and 有效期.</summary>
public sealed record DocumentListView(string AgencyCode, IReadOnlyList<PublicListItem> Items, bool ShowValidityDates = false);
