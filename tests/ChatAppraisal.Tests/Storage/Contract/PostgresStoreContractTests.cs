using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;

namespace ChatAppraisal.Tests.Storage.Contract;

/// <summary>The store contract on a PostgreSQL database of its own (made empty, dropped afterwards).</summary>
public class PostgresStoreContractTests : StoreContract, IDisposable
{
    TestPostgres? _database;

    protected override AppraisalStore Open(string folder) => StorageProviders.OpenPostgres((_database = new TestPostgres()).ConnectionString);

    void IDisposable.Dispose()
    {
        Dispose();
        _database?.Dispose();
    }
}
