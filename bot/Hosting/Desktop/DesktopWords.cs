namespace ChatAppraisal.Bot.Hosting.Desktop;

/// <summary>What the desktop start writes in its window, in Bot:Language.</summary>
sealed class DesktopWords(string language)
{
    bool En => language == "en";

    public string Started(string version, string home) => En
        ? $"ChatAppraisal {version} is running. Its settings and data are in {home}"
        : $"ChatAppraisal {version} 已启动。设置和数据在：{home}";

    public string BrowserOpened => En
        ? "The office console has opened in your browser, signed in as this PC's admin."
        : "考核办控制台已在浏览器中打开（已用本机管理员登录）。";

    public string OpenThisLink(string link, int minutes) => En
        ? $"No browser opened. Open this link on this PC to reach the console (once, within {minutes} minutes):\n    {link}"
        : $"没能打开浏览器。请在本机浏览器中打开下面的链接进入控制台（{minutes} 分钟内有效，只能用一次）：\n    {link}";

    public string PhonesOpen => En
        ? "Phones on the office network open the chat at:"
        : "同一网络（办公室 Wi-Fi）的手机请打开：";

    public string Firewall(bool windows) => (En, windows) switch
    {
        (true, true) => "(If a phone cannot open it, allow ChatAppraisal in the Windows firewall prompt, or open the port in the firewall.)",
        (true, false) => "(If a phone cannot open it, open the port in this machine's firewall.)",
        (false, true) => "（手机打不开时：在 Windows 防火墙提示中选择“允许访问”，或在防火墙中放行该端口。）",
        (false, false) => "（手机打不开时：在本机防火墙中放行该端口。）",
    };

    public string NoNetwork => En
        ? "This PC is on no network now: phones cannot reach it until it joins the office network (restart it then)."
        : "这台电脑现在没有连接网络：连上办公室网络后重新启动本程序，手机才能打开。";

    public string OnlyThisPc => En
        ? "Only this PC can open it now. For phones, set Admin:Urls to http://0.0.0.0:5080 in appsettings.json and restart."
        : "现在只有本机能打开。要让手机打开，请把 appsettings.json 中的 Admin:Urls 改为 http://0.0.0.0:5080，然后重新启动。";

    public string CloseToStop => En
        ? "Closing this window stops ChatAppraisal."
        : "关闭此窗口即停止运行。";
}
