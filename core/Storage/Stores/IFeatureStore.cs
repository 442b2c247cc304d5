namespace ChatAppraisal.Storage;

/// <summary>A feature's collections; <see cref="Prepare"/> makes their indexes when the file opens.</summary>
public interface IFeatureStore
{
    void Prepare();
}
