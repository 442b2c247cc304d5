namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string UploadThrottled(int seconds, int perMinute) =>
        $"文件发得太快了：每分钟最多 {perMinute} 个。这个文件没有保存，请 {seconds} 秒后再发。";

    public override string StartThrottled(int seconds, int perMinute) =>
        $"邀请码错误次数太多：每分钟最多试 {perMinute} 次。请 {seconds} 秒后再试，并核对管理员给的邀请码。";
}
