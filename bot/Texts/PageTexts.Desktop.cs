namespace ChatAppraisal.Bot;

/// <summary>What the desktop start writes in its window (bot/Hosting/Desktop), in Bot:Language.</summary>
public abstract partial class PageTexts
{
    public abstract string DesktopStarted(string version, string home);
    public abstract string DesktopBrowserOpened { get; }
    public abstract string DesktopOpenThisLink(string link, int minutes);
    public abstract string DesktopPhonesOpen { get; }
    public abstract string DesktopFirewall(bool windows);
    public abstract string DesktopNoNetwork { get; }
    public abstract string DesktopOnlyThisPc { get; }
    public abstract string DesktopCloseToStop { get; }
}
