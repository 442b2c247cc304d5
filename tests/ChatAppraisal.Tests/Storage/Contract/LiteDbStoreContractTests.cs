using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Storage.Contract;

/// <summary>The store contract on a real LiteDB file.</summary>
public class LiteDbStoreContractTests : StoreContract
{
    protected override AppraisalStore Open(string folder) => new(Path.Combine(folder, "appraisal.db"));
}
