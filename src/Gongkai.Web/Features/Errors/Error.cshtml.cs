using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Features.Errors;

[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";
    public string Message { get; private set; } = "";

    // The code comes from the route only: binding would also read the re-executed request's posted form, where a field
    // named "code" would replace it and an unreadable body (over the size limit) would leave it 0.
    public void OnGet() => Describe(RouteCode());

    public void OnPost() => Describe(RouteCode());

    private int RouteCode() =>
        int.TryParse(RouteData.Values["code"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : 500;

    private void Describe(int code)
    {
        var domainError = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error as DomainException;
        (Heading, Message) = code switch
        {
            400 when domainError is not null => ("请求有误", domainError.Message),
            400 => ("请求有误", "提交的内容无法处理，请检查后重试。"),
            401 or 403 => ("无权访问", "您没有访问此页面的权限。如需访问，请联系本机关的系统管理员。"),
            404 => ("页面不存在", "您访问的页面不存在或已被删除，请检查网址是否正确。"),
            405 => ("请求方式不正确", "该页面不支持此请求方式。"),
            429 => ("请求过于频繁", "请稍后再试。"),
            _ => ("系统繁忙", "服务器暂时无法处理您的请求，请稍后再试。如问题持续，请联系网站管理员。"),
        };
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
    }
}
