namespace ChatAppraisal;

/// <summary>What a member hears when a per-minute limit holds them back (uploads, wrong invite codes).</summary>
public abstract partial class Texts
{
    public abstract string UploadThrottled(int seconds, int perMinute);
    public abstract string StartThrottled(int seconds, int perMinute);
}
