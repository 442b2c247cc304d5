using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>A link to join on one running channel; a QR code (PNG) when it is an address a phone opens.</summary>
public sealed record InviteLink(string Channel, string Link, byte[]? QrPng);

/// <summary>成员 (admin): names, roles and the channels each is bound on; add, change roles, remove; a new invite with its links and QR codes.</summary>
[Authorize(Policy = SignInPolicies.Admin)]
public sealed class MembersModel(CurrentMember current, MemberDirectory directory, MemberRoster roster, VillageRoster villages, IInviteLinks links,
    Towns.TownList towns)
    : ConsolePage(current)
{
    protected override bool AdminOnly => true;

    public static readonly Role[] Roles = Enum.GetValues<Role>();

    /// <summary>The role's Chinese name, as the checkboxes are labelled in both languages.</summary>
    public static string Chinese(Role role) => Texts.For("zh").RoleName(role);

    public IReadOnlyList<MemberDoc> All { get; private set; } = [];

    public ILookup<int, string> Bound { get; private set; } = Array.Empty<int>().ToLookup(_ => 0, _ => "");

    public MemberDoc? InvitedMember { get; private set; }
    public InviteDoc? Invite { get; private set; }
    public IReadOnlyList<InviteLink> Links { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> Role { get; set; } = [];
    /// <summary>A village official's village (the role 村干部); ignored for other roles.</summary>
    [BindProperty] public int? VillageId { get; set; }
    /// <summary>The villages ticked as the member's own (包村干部).</summary>
    [BindProperty] public List<int> WorksFor { get; set; } = [];

    public IReadOnlyList<Appraisal.VillageDoc> Villages { get; private set; } = [];

    /// <summary><c>?invite=ID</c>: the member's unused invite shown again (code, links, QR), as after 添加 or 新邀请码.</summary>
    [BindProperty(SupportsGet = true, Name = "invite")] public int? ShowInviteOf { get; set; }

    /// <summary>Each member's invite that can still be used and can be shown again (its sealed copy opens).</summary>
    public IReadOnlyDictionary<int, InviteDoc> OpenInvites { get; private set; } = new Dictionary<int, InviteDoc>();

    public void OnGet()
    {
        Load();
        if (ShowInviteOf is { } id && OpenInvites.TryGetValue(id, out var invite) && directory.Find(id) is { } member) Show(member, invite);
        else if (ShowInviteOf is not null) Refusal = W.InviteGone;
    }

    public IActionResult OnPostAdd() => Answer(roster.Add(Actor, Name, Parsed(), VillageId), showInvite: true);

    /// <summary>Name, roles, the village official's village and the villages the member works for, in one transaction.</summary>
    public IActionResult OnPostChange(int id) => Answer(roster.ChangeWithVillages(Actor, id, Name, Parsed(), VillageId, WorksFor), showInvite: false);

    public IActionResult OnPostInvite(int id) => Answer(roster.Invite(Actor, id), showInvite: true);

    /// <summary>The new town's name (添加镇, the county's admins).</summary>
    [BindProperty] public string? TownName { get; set; }

    /// <summary>
    /// 添加镇: a county's admin adds a town (with its first period, as <c>POST /api/towns</c> does) and is switched to it, on
    /// this page, to add its first admin.
    /// </summary>
    public IActionResult OnPostAddTown()
    {
        if (!Member.Has(Members.Role.County)) return NeedsRole(Members.Role.County);
        var outcome = towns.Add(TownName);
        if (outcome is { Ok: true, Town: { } town })
        {
            Done = W.TownAdded(town.Name);
            return RedirectToPage(new { town = town.Id });
        }
        return Refuse(outcome.Refusal == Towns.TownRefusal.DuplicateName ? W.DuplicateTown(outcome.Town!.Name) : W.InvalidTownName(Appraisal.Names.MaxLength));
    }

    /// <summary>The member whose removal waits for "确认删除" (a removed member cannot sign in again).</summary>
    public MemberDoc? ConfirmRemove { get; private set; }

    public IActionResult OnPostRemove(int id, bool confirm)
    {
        if (id == Member.Id) return Refuse(W.NotYourself);
        if (!confirm)
        {
            ConfirmRemove = directory.Find(id);
            return Refuse(ConfirmRemove is { } member ? W.ConfirmRemoveMember(member.Name) : W.UnknownMember);
        }
        return Answer(roster.Remove(Actor, id), showInvite: false, removed: true);
    }

    IActionResult Refuse(string refusal)
    {
        Refusal = refusal;
        Load();
        return Page();
    }

    IActionResult Answer(MemberOutcome outcome, bool showInvite, bool removed = false)
    {
        Refusal = outcome switch
        {
            { Ok: true } => null,
            { Refusal: MemberRefusal.InvalidName } => W.InvalidMemberName(Appraisal.Names.MaxLength),
            { Refusal: MemberRefusal.NoRoles } => W.NoRoles,
            { Refusal: MemberRefusal.DuplicateName, Member: { } holder } => W.DuplicateMember(holder.Name),
            { Refusal: MemberRefusal.VillageRequired or MemberRefusal.UnknownVillage } => W.VillageRequiredForRole,
            _ => W.UnknownMember,
        };
        if (Refusal is null && showInvite && outcome is { Member: { } member, Invite: { } invite })
        {
            // Redirected, so a reload does not post again; the invite is read back from its sealed copy (the code itself
            // is never stored). Without a copy (no keys), it is shown on this answer only.
            if (invite.SealedCode is not null)
            {
                Done = W.InviteMade(member.Name);
                return RedirectToPage(new { invite = member.Id });
            }
            Show(member, invite);
        }
        else if (Refusal is null && outcome.Member is { } changed)
        {
            Done = removed ? W.MemberRemovedDone(changed.Name) : W.MemberSaved(changed.Name);
            return RedirectToPage();
        }
        Load();
        return Page();
    }

    void Show(MemberDoc member, InviteDoc invite)
    {
        InvitedMember = member;
        Invite = invite;
        Links = links.All(invite.Code).Select(l => new InviteLink(l.Key, l.Value,
            Uri.TryCreate(l.Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? PngByteQRCodeHelper.GetQRCode(l.Value, QRCodeGenerator.ECCLevel.M, 8) : null)).ToList();
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never; // the code is a credential: never kept by a cache
    }

    List<Role> Parsed() => RoleNames.ParseList(Role).Roles;

    void Load()
    {
        All = directory.All();
        Villages = villages.All();
        var accounts = directory.AccountsByMember();
        Bound = accounts.SelectMany(g => g.Select(key => (Member: g.Key, Channel: key[..Math.Max(0, key.IndexOf(':'))])))
            .ToLookup(a => a.Member, a => a.Channel);
        OpenInvites = All.Select(m => directory.OpenInvite(m.Id)).OfType<InviteDoc>().ToDictionary(i => i.MemberId);
    }
}
