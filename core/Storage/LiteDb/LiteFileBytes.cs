using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>Files' bytes in LiteDB's file storage: "{name}_files" and "{name}_chunks" as the storage was named before the seam.</summary>
sealed class LiteFileBytes(ILiteStorage<string> storage) : IFileBytes
{
    public void Upload(string id, string fileName, byte[] content) => storage.Upload(id, fileName, new MemoryStream(content, writable: false));

    public byte[]? Download(string id)
    {
        if (storage.FindById(id) is not { } info) return null;
        using var stream = new MemoryStream((int)Math.Min(info.Length, int.MaxValue));
        storage.Download(id, stream);
        return stream.ToArray();
    }

    public Stream? OpenRead(string id) => storage.FindById(id) is null ? null : storage.OpenRead(id);

    public bool Delete(string id) => storage.Delete(id);

    public long TotalBytes() => storage.FindAll().Sum(f => f.Length);
}
