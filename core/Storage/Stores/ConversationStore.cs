using ChatAppraisal.Conversations;

namespace ChatAppraisal.Storage;

/// <summary>Where each chat account stands (its dialog and session), and the updates already handled.</summary>
public sealed class ConversationStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<ConversationDoc> ConversationsCollection = new("conversations");
    public static readonly Collection<ProcessedUpdateDoc> ProcessedCollection = new("processed_updates", p => p.At);

    public IDocs<ConversationDoc> Conversations => engine.Docs(ConversationsCollection);
    public IDocs<ProcessedUpdateDoc> Processed => engine.Docs(ProcessedCollection);

    /// <summary>Packs and unpacks dialogs' sessions.</summary>
    public ISessionCodec Sessions => engine.Sessions;

    public void Prepare()
    {
        engine.Prepare(ConversationsCollection);
        engine.Prepare(ProcessedCollection);
    }
}
