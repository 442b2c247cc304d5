using System.Buffers.Binary;
using System.Text;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// A quick look at a LiteDB data file before it is opened: its header says it is LiteDB's, and the file is as long as the
/// pages the header says it has. A torn copy (cut short) or another program's file fails here with a sentence, instead of
/// later in the middle of someone's answer.
/// </summary>
public static class LiteDbFile
{
    const int PageSize = 8192, HeaderInfoAt = 32, LastPageIdAt = 64;
    const string HeaderInfo = "** This is a LiteDB file **";

    /// <summary>Null when the file looks whole (or does not exist yet), else why not.</summary>
    public static string? Problem(string file)
    {
        if (!File.Exists(file)) return null;
        var length = new FileInfo(file).Length;
        if (length == 0) return null; // LiteDB makes a new database in an empty file
        if (length < PageSize) return "it is shorter than one LiteDB page";
        var header = new byte[PageSize];
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
            stream.ReadExactly(header);
        if (Encoding.UTF8.GetString(header, HeaderInfoAt, HeaderInfo.Length) != HeaderInfo) return "it is not a LiteDB file";
        var lastPage = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdAt));
        var needed = ((long)lastPage + 1) * PageSize;
        return length < needed ? $"it is cut short: {length:N0} bytes of the {needed:N0} its header counts (a torn copy)" : null;
    }
}

