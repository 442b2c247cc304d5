namespace ChatAppraisal.Bot.Web;

/// <summary>
/// Requests to the pages that no page is made for get a plain 4xx, never a 500: PUT, DELETE or PATCH to a page (405, with the methods
/// allowed), and a form that cannot be read, such as a multipart upload whose file name holds an unescaped quote (400).
/// </summary>
sealed class OddRequests(RequestDelegate next, ILogger<OddRequests> logger)
{
    static readonly PathString[] Pages = ["/console", "/chat", "/v"];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!Pages.Any(p => request.Path.StartsWithSegments(p)))
        {
            // The admin API and the channels' callbacks answer their own refusals (ProblemDetails, WeCom's 4xx).
            await next(context);
            return;
        }
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsPost(request.Method)))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD, POST";
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception e) when (UnreadableForm(e) && !context.Response.HasStarted)
        {
            logger.LogInformation("A {Method} request's form could not be read: {Reason}", request.Method, e.Message);
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("The form could not be read (a file name or a field is malformed); nothing was stored. 表单无法读取，没有保存任何内容。");
        }
    }

    static bool UnreadableForm(Exception e) => e is InvalidDataException or FormatException or BadHttpRequestException
                                               || e.InnerException is { } inner && UnreadableForm(inner);
}
