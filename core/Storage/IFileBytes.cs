namespace ChatAppraisal.Storage;

/// <summary>Files' bytes kept in the database (attachments, the browser chat's files), by an id the caller chooses.</summary>
public interface IFileBytes
{
    void Upload(string id, string fileName, byte[] content);

    /// <summary>The bytes, or null when no file has that id.</summary>
    byte[]? Download(string id);

    /// <summary>The bytes as a stream read a piece at a time (a download, a page), or null when no file has that id.</summary>
    Stream? OpenRead(string id);

    bool Delete(string id);

    /// <summary>The bytes of every file kept here (counted toward the storage limit).</summary>
    long TotalBytes();
}
