using ChatAppraisal.Publication;

namespace ChatAppraisal.Storage;

/// <summary>Published results (公示) and the villages' objections (申诉) with their evidence's bytes.</summary>
public sealed class PublicationStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<PublicationDoc> PublicationsCollection = new Collection<PublicationDoc>("publications").OwnedByTown();
    public static readonly Collection<ObjectionDoc> ObjectionsCollection = new Collection<ObjectionDoc>("objections", o => o.PeriodId, o => o.VillageId).OwnedByTown();
    public static readonly FileCollection FilesCollection = new("objection_files", "objection_chunks");

    public IDocs<PublicationDoc> Publications => engine.Docs(PublicationsCollection);
    public IDocs<ObjectionDoc> Objections => engine.Docs(ObjectionsCollection);
    public IFileBytes Files => engine.Files(FilesCollection);

    public void Prepare()
    {
        engine.Prepare(PublicationsCollection);
        engine.Prepare(ObjectionsCollection);
    }
}
