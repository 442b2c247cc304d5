namespace ChatAppraisal.Appraisal;

/// <summary>Who makes a change, and through which channel ("console", "telegram", "admin-api").</summary>
public sealed record Actor(int MemberId, string Name, string Channel);
