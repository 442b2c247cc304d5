using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Bot.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace ChatAppraisal.Bot.Pages.Vote;

/// <summary>What the voting page shows.</summary>
public enum VoteView
{
    /// <summary>GET /v: a field for the slip's code, for phones that cannot scan.</summary>
    TypeCode,
    /// <summary>The village, the question and the four grades.</summary>
    Form,
    Thanks,
    Used,
    Unknown,
    Closed,
}

/// <summary>
/// The voting page: <c>GET /v/{code}</c> shows the form, its POST (field <c>grade</c>, anti-forgery token) casts the
/// vote, <c>GET /v</c> takes a typed code. Plain HTML forms, no script, so it works in any phone browser and WeChat's.
/// Nothing about the voter is kept: no address, no cookie beyond the anti-forgery one, no time.
/// </summary>
[IgnoreAntiforgeryToken] // checked by hand in OnPostAsync, so an expired form gets the form again with a sentence, not a bare 400
[EnableRateLimiting(PagesExtensions.VotePolicy)]
public sealed class VoteModel(BallotBook book, VillageRoster villages, IAntiforgery antiforgery) : PageModel
{
    /// <summary>The page speaks Chinese: the attendees of a village meeting read it.</summary>
    public static PageTexts Words { get; } = PageTexts.For("zh");

    public static string Question => Words.VoteQuestion;

    /// <summary>
    /// What a grade's button posts: one digit for every grade, so the request's length (in a proxy's access log) does not
    /// tell the grade, as 好 and 较好 would. The words are still taken (a form saved by an older page).
    /// </summary>
    public static string FormValue(BallotGrade grade) => ((int)grade + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    static BallotGrade? ParseGrade(string? posted) =>
        posted?.Trim() is { Length: 1 } digit && digit[0] is >= '1' and <= '4' ? BallotGrades.All[digit[0] - '1'] : BallotGrades.Parse(posted);

    public VoteView View { get; private set; } = VoteView.TypeCode;
    public string Village { get; private set; } = "";
    public string? Code { get; private set; }

    /// <summary>What the person typed, shown back when it is not a code.</summary>
    public string? Typed { get; private set; }

    /// <summary>A sentence about the last attempt (a bad grade, an expired form), or null.</summary>
    public string? Message { get; private set; }

    public IActionResult OnGet(string? code, bool voted = false)
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        if (RouteData.Values["code"] is null)
        {
            // GET /v, or the typing form sent back as /v?code=...
            if (Request.Query["code"].FirstOrDefault() is not { } typed) return Show(VoteView.TypeCode);
            if (BallotCodes.Normalize(typed) is { } normalized) return Redirect($"{Request.PathBase}/v/{normalized}");
            Typed = typed.Length > 20 ? typed[..20] : typed;
            return Show(VoteView.Unknown, StatusCodes.Status404NotFound);
        }
        if (BallotCodes.Normalize(code) is not { } found)
        {
            Typed = code is { Length: > 20 } ? code[..20] : code;
            return Show(VoteView.Unknown, StatusCodes.Status404NotFound);
        }
        if (found != code) return Redirect($"{Request.PathBase}/v/{found}");
        Code = Typed = found;
        var (state, ballot) = book.Look(found);
        Village = VillageName(ballot);
        return state switch
        {
            VoteOutcome.Counted => Show(VoteView.Form),
            VoteOutcome.AlreadyUsed => voted ? Show(VoteView.Thanks) : Show(VoteView.Used, StatusCodes.Status409Conflict),
            VoteOutcome.BallotClosed => Show(VoteView.Closed, StatusCodes.Status410Gone),
            _ => Show(VoteView.Unknown, StatusCodes.Status404NotFound),
        };
    }

    public async Task<IActionResult> OnPostAsync(string? code, string? grade)
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        if (BallotCodes.Normalize(code) is not { } found || found != code)
        {
            Typed = code is { Length: > 20 } ? code[..20] : code;
            return Show(code is null ? VoteView.TypeCode : VoteView.Unknown, StatusCodes.Status404NotFound);
        }
        Code = Typed = found;
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
            return Refresh(Words.VoteFormExpired);
        var outcome = book.Vote(found, ParseGrade(grade));
        if (outcome == VoteOutcome.Counted) return RedirectToPage(new { code = found, voted = true });
        Village = VillageName(book.Look(found).Ballot);
        return outcome switch
        {
            VoteOutcome.BadGrade => Refresh(Words.VoteBadGrade),
            VoteOutcome.AlreadyUsed => Show(VoteView.Used, StatusCodes.Status409Conflict),
            VoteOutcome.BallotClosed => Show(VoteView.Closed, StatusCodes.Status410Gone),
            _ => Show(VoteView.Unknown, StatusCodes.Status404NotFound),
        };
    }

    /// <summary>The form again with a sentence, when the code can still vote; otherwise what the code's state is.</summary>
    IActionResult Refresh(string message)
    {
        var (state, ballot) = book.Look(Code!);
        Village = VillageName(ballot);
        Message = message;
        return state switch
        {
            VoteOutcome.Counted => Show(VoteView.Form, StatusCodes.Status400BadRequest),
            VoteOutcome.AlreadyUsed => Show(VoteView.Used, StatusCodes.Status409Conflict),
            VoteOutcome.BallotClosed => Show(VoteView.Closed, StatusCodes.Status410Gone),
            _ => Show(VoteView.Unknown, StatusCodes.Status404NotFound),
        };
    }

    string VillageName(BallotDoc? ballot) => ballot is null ? "" : villages.Find(ballot.VillageId)?.Name ?? "";

    PageResult Show(VoteView view, int status = StatusCodes.Status200OK)
    {
        View = view;
        Response.StatusCode = status;
        return Page();
    }
}
