namespace ChatAppraisal.Members;

/// <summary>A post's part in the appraisal; a member may hold several.</summary>
public enum Role
{
    Examiner,
    GroupLeader,
    Leader,
    Office,
    Admin,
    /// <summary>A village's own official (村干部: its party secretary, the first secretary), bound to one village (<see cref="MemberDoc.VillageId"/>).</summary>
    Village,
    /// <summary>The county's appraisal office (县考核办): reads every town's progress and ranking (see docs/towns.md).</summary>
    County,
}
