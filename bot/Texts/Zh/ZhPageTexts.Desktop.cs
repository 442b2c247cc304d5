namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string DesktopStarted(string version, string home) => $"ChatAppraisal {version} 已启动。设置和数据在：{home}";
    public override string DesktopBrowserOpened => "考核办控制台已在浏览器中打开（已用本机管理员登录）。";
    public override string DesktopOpenThisLink(string link, int minutes) =>
        $"没能打开浏览器。请在本机浏览器中打开下面的链接进入控制台（{minutes} 分钟内有效，只能用一次）：\n    {link}";
    public override string DesktopPhonesOpen => "同一网络（办公室 Wi-Fi）的手机请打开：";
    public override string DesktopFirewall(bool windows) => windows
        ? "（手机打不开时：在 Windows 防火墙提示中选择“允许访问”，或在防火墙中放行该端口。）"
        : "（手机打不开时：在本机防火墙中放行该端口。）";
    public override string DesktopNoNetwork => "这台电脑现在没有连接网络：连上办公室网络后重新启动本程序，手机才能打开。";
    public override string DesktopOnlyThisPc => "现在只有本机能打开。要让手机打开，请把 appsettings.json 中的 Admin:Urls 改为 http://0.0.0.0:5080，然后重新启动。";
    public override string DesktopCloseToStop => "关闭此窗口即停止运行。";
}
