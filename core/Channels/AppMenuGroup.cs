namespace ChatAppraisal.Channels;

/// <summary>The menus a platform's own app menu groups the commands in (WeCom's 自定义菜单); named by the catalog (<see cref="Texts.AppMenuName"/>).</summary>
public enum AppMenuGroup
{
    /// <summary>Entering: scoring, rating, signing.</summary>
    Appraisal,

    /// <summary>Reading: progress, ranking, the export.</summary>
    View,

    /// <summary>Help, back, cancel.</summary>
    Help,
}
