using System.Globalization;
using System.Net;
using System.Text.Json;
using Gongkai.IntegrationTests.Infrastructure;

namespace Gongkai.IntegrationTests.Reports.AnnualReports;

/// <summary>The back-office report pages driven over HTTP as staff use them.</summary>
internal static class ReportSteps
{
    public static string List(string agency) => $"/admin/{agency}/annual-reports";

    public static string Page(string agency, int year) => $"{List(agency)}/{year.ToString(CultureInfo.InvariantCulture)}";

    public static async Task CreateAsync(StaffClient office, string agency, int year, bool manual = false)
    {
        var response = await office.PostFormAsync(List(agency), $"{List(agency)}?handler=create",
            new() { ["year"] = year.ToString(CultureInfo.InvariantCulture), ["kind"] = manual ? "manual" : "computed" });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"新建失败：{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(Page(agency, year), response.Headers.Location!.OriginalString);
    }

    public static Task<HttpResponseMessage> ActAsync(StaffClient client, string agency, int year, string handler, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync(Page(agency, year), $"{Page(agency, year)}?handler={handler}", fields ?? []);

    public static async Task DoAsync(StaffClient client, string agency, int year, string handler, Dictionary<string, string>? fields = null)
    {
        var response = await ActAsync(client, agency, year, handler, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"“{handler}”失败：{(int)response.StatusCode} {Applications.Staff.CaseFlow.ErrorOf(await response.Content.ReadAsStringAsync())}");
    }

    public static Dictionary<string, string> Narrative(Dictionary<string, string>? cells = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["overview"] = "本年度政府信息公开工作总体情况。",
            ["proactiveIntro"] = "",
            ["applicationsIntro"] = "",
            ["challengesIntro"] = "",
            ["problems"] = "存在的问题和改进措施。",
            ["other"] = "本年度未收取信息处理费。",
        };
        foreach (var (key, value) in cells ?? [])
        {
            fields["cell-" + key] = value;
        }

        return fields;
    }

    /// <summary>The published report's JSON, as (table index, row name, column name) → value.</summary>
    public static async Task<Dictionary<(int, string, string), decimal>> CellsAsync(StaffClient client, string agency, int year)
    {
        var json = await client.GetStringAsync($"/api/{agency}/annual-reports/{year.ToString(CultureInfo.InvariantCulture)}");
        using var document = JsonDocument.Parse(json);
        var cells = new Dictionary<(int, string, string), decimal>();
        var t = 0;
        foreach (var table in document.RootElement.GetProperty("tables").EnumerateArray())
        {
            foreach (var row in table.GetProperty("rows").EnumerateArray())
            {
                var name = row.GetProperty("group").GetString() + row.GetProperty("name").GetString();
                foreach (var cell in row.GetProperty("cells").EnumerateArray())
                {
                    cells[(t, name, cell.GetProperty("column").GetString()!)] = cell.GetProperty("value").GetDecimal();
                }
            }

            t++;
        }

        return cells;
    }
}
