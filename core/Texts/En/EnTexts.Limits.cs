namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string UploadThrottled(int seconds, int perMinute) =>
        $"Files are coming too fast: at most {perMinute} a minute. This one was not saved; send it again in {seconds} s.";

    public override string StartThrottled(int seconds, int perMinute) =>
        $"Too many wrong invite codes: at most {perMinute} tries a minute. Try again in {seconds} s, with the code an admin gave you.";
}
