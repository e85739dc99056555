using Microsoft.Playwright;

namespace Gongkai.BrowserTests.Infrastructure;

/// <summary>Console errors and uncaught script errors of a page (a CSP refusal shows up as a console error).</summary>
public static class PageProblems
{
    public static List<string> Watch(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        return problems;
    }
}
