namespace ChatAppraisal.Storage.Shared;

/// <summary>
/// This process is the one that does a job (Telegram polling, the reminders) among all processes on the database, until
/// it is disposed or <see cref="Lost"/> fires (its session with the server broke: another process may lead already).
/// </summary>
public interface IProcessLead : IDisposable
{
    CancellationToken Lost { get; }
}

/// <summary>A database only one process opens (the LiteDB file): that process always leads, and never loses it.</summary>
public sealed class SoleProcessLead : IProcessLead
{
    public static readonly SoleProcessLead Instance = new();

    public CancellationToken Lost => CancellationToken.None;

    public void Dispose()
    {
    }
}
