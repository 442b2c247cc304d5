namespace ChatAppraisal.Members;

/// <summary>A post's part in the appraisal; a member may hold several.</summary>
public enum Role
{
    Examiner,
    GroupLeader,
    Leader,
    Office,
    Admin,
}
