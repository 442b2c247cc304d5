using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using System.Net;
using ChatAppraisal.Admin;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Admin;

namespace ChatAppraisal.Tests.Evidence;

public class AttachmentsApiTests
{
    [Fact]
    public async Task TheApiListsAndServesAVillagesAttachmentsWithItsKeyOnly()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var examiner = api.AddMember("郑亚娜", Role.Examiner);
        var photo = EvidenceFiles.Photo();
        var stored = api.Get<Attachments>().AddToItem(examiner, api.Period, village.Id, 0, 2, photo).Attachment!;
        var client = api.Client();

        var list = await (await client.GetAsync($"/api/villages/{village.Id}/attachments")).Read<List<AttachmentDto>>();
        var dto = Assert.Single(list);
        Assert.Equal((stored.Id, "item", 0, 2, "image/jpeg", stored.Sha256, "郑亚娜", $"/api/attachments/{stored.Id}"),
            (dto.Id, dto.Kind, dto.Category!.Value, dto.Item!.Value, dto.ContentType, dto.Sha256, dto.Member, dto.Url));

        var file = await client.GetAsync(dto.Url);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("image/jpeg", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(stored.FileName, file.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(photo.Content, await file.Content.ReadAsByteArrayAsync());

        foreach (var path in new[] { dto.Url, $"/api/villages/{village.Id}/attachments" })
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(key: null).GetAsync(path)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.Client(key: "wrong-key-0123456789abc").GetAsync(path)).StatusCode);
        }
        Assert.Contains("no attachment with id 999", await (await client.GetAsync("/api/attachments/999")).Problem(HttpStatusCode.NotFound, "id"));
        Assert.Contains("no village with id 999", await (await client.GetAsync("/api/villages/999/attachments")).Problem(HttpStatusCode.NotFound, "id"));
    }

    [Fact]
    public async Task DeletingAnAttachmentIsAuditedAndRefusedWhileTheSheetIsSealed()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var examiner = api.AddMember("郑亚娜", Role.Examiner);
        var attachments = api.Get<Attachments>();
        var first = attachments.AddToItem(examiner, api.Period, village.Id, 0, 0, EvidenceFiles.Photo(1)).Attachment!;
        var second = attachments.AddToItem(examiner, api.Period, village.Id, 0, 1, EvidenceFiles.Photo(2)).Attachment!;
        var client = api.Client();

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/attachments/{first.Id}?reason=拍错了")).StatusCode);
        var audit = api.Store.Audit.Entries.FindAll().Last();
        Assert.Equal((AuditActions.AttachmentRemoved, "admin-api"), (audit.Action, audit.MemberName));
        Assert.Contains("reason: 拍错了", audit.Detail);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/attachments/{first.Id}")).StatusCode);

        api.Get<ChatAppraisal.Appraisal.Sheets>().Seal(new ChatAppraisal.Appraisal.Actor(1, "张晓岩", "test"), api.Period, village.Id);
        Assert.Contains("sealed by 张晓岩", await (await client.DeleteAsync($"/api/attachments/{second.Id}")).Problem(HttpStatusCode.Conflict, "id"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/attachments/{second.Id}")).StatusCode);
    }
}
