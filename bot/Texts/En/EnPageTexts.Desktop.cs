namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string DesktopStarted(string version, string home) => $"ChatAppraisal {version} is running. Its settings and data are in {home}";
    public override string DesktopBrowserOpened => "The office console has opened in your browser, signed in as this PC's admin.";
    public override string DesktopOpenThisLink(string link, int minutes) =>
        $"No browser opened. Open this link on this PC to reach the console (once, within {minutes} minutes):\n    {link}";
    public override string DesktopPhonesOpen => "Phones on the office network open the chat at:";
    public override string DesktopFirewall(bool windows) => windows
        ? "(If a phone cannot open it, allow ChatAppraisal in the Windows firewall prompt, or open the port in the firewall.)"
        : "(If a phone cannot open it, open the port in this machine's firewall.)";
    public override string DesktopNoNetwork => "This PC is on no network now: phones cannot reach it until it joins the office network (restart it then).";
    public override string DesktopOnlyThisPc => "Only this PC can open it now. For phones, set Admin:Urls to http://0.0.0.0:5080 in appsettings.json and restart.";
    public override string DesktopCloseToStop => "Closing this window stops ChatAppraisal.";
}
