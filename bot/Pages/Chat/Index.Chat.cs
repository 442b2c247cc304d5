using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Chat;

public sealed partial class ChatModel
{
    IActionResult ShowChat() => Page();
}
