using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>Files' bytes in LiteDB's file storage: "{name}_files" and "{name}_chunks" as the storage was named before the seam.</summary>
sealed class LiteFileBytes(Func<ILiteStorage<string>> open, EngineGate gate) : IFileBytes
{
    // The open database's storage, asked for inside the gate on every call: a reopen (a full disk) replaces it.
    ILiteStorage<string> storage => open();

    public void Upload(string id, string fileName, byte[] content)
    {
        using (gate.Enter()) storage.Upload(id, fileName, new MemoryStream(content, writable: false));
    }

    public byte[]? Download(string id)
    {
        using (gate.Enter()) return DownloadInside(id);
    }

    public Stream? OpenRead(string id)
    {
        using (gate.Enter()) return storage.FindById(id) is null ? null : storage.OpenRead(id);
    }

    public bool Delete(string id)
    {
        using (gate.Enter()) return storage.Delete(id);
    }

    public long TotalBytes()
    {
        using (gate.Enter()) return storage.FindAll().Sum(f => f.Length);
    }

    byte[]? DownloadInside(string id)
    {
        if (storage.FindById(id) is not { } info) return null;
        using var stream = new MemoryStream((int)Math.Min(info.Length, int.MaxValue));
        storage.Download(id, stream);
        return stream.ToArray();
    }
}
