using ChatAppraisal.Ballots;
using ChatAppraisal.Members;
using ChatAppraisal.Rubrics.Import;
using Stateless;
using Stateless.Graph;

namespace ChatAppraisal.Conversations.Office;

public enum RubricState
{
    /// <summary>Waiting for the plan: a .docx, .txt or the rubric's .xlsx, or its text pasted.</summary>
    Plan,
    Answered,
}

/// <summary>The stored session of /rubric.</summary>
public sealed class RubricSession
{
    public RubricState State { get; set; } = RubricState.Plan;
}

/// <summary>
/// /rubric (细则): the office sends the plan's .docx (or .txt, the rubric's .xlsx, or pastes the text); the bot answers with
/// what the importer proposes (categories, items, points, sides), its problems by line, and a link to 评分细则 in the
/// console, where the plan is read again, checked beside its lines and saved. Nothing is saved from the chat.
/// </summary>
public sealed class RubricDialog(BallotLinks links) : Dialog<RubricSession>
{
    enum Trigger
    {
        PlanReceived,
    }

    /// <summary>Problems listed in the chat; the rest are counted and left to the console.</summary>
    public const int ProblemsShown = 10;

    public override string Name => "rubric";
    public override IReadOnlyList<string> Words => ["细则"];
    public override Role Requires => Role.Office;
    public override bool Allows(MemberDoc member) => member.Has(Role.Office) || member.Has(Role.Admin);
    public override bool TakesFiles => false;
    public override string Describe(Texts texts) => texts.DescribeRubric;
    public override string Help(Texts texts) => texts.RubricAskPlan;

    public override string Diagram() => MermaidGraph.Format(Build(new RubricSession()).GetInfo());

    static StateMachine<RubricState, Trigger> Build(RubricSession s)
    {
        var m = new StateMachine<RubricState, Trigger>(() => s.State, state => s.State = state);
        m.Configure(RubricState.Plan).Permit(Trigger.PlanReceived, RubricState.Answered);
        return m;
    }

    protected override void Start(Turn turn, RubricSession session, string args)
    {
        if (args.Trim().Length > 0) Answer(turn, session, RubricImporter.FromText(args));
        else Prompt(turn, session);
    }

    protected override void Prompt(Turn turn, RubricSession session) => turn.Say(turn.Texts.RubricAskPlan);

    protected override void OnText(Turn turn, RubricSession session, string text) => Answer(turn, session, RubricImporter.FromText(text));

    protected override void OnButton(Turn turn, RubricSession session, string data)
    {
        turn.Say(turn.Texts.ButtonExpired);
        Prompt(turn, session);
    }

    protected override void Back(Turn turn, RubricSession session)
    {
        turn.Say(turn.Texts.AlreadyFirstStep);
        Prompt(turn, session);
    }

    protected override void OnFile(Turn turn, RubricSession session, ChatFile file)
    {
        var result = Path.GetExtension(file.FileName).ToLowerInvariant() switch
        {
            ".docx" => RubricImporter.FromDocx(new MemoryStream(file.Content)),
            ".xlsx" => RubricSheet.Read(new MemoryStream(file.Content)),
            ".txt" when Utf8(file.Content) is { } text => RubricImporter.FromText(text),
            _ => null,
        };
        if (result is null)
        {
            turn.Say(turn.Texts.RubricPlanKind(file.FileName));
            Prompt(turn, session);
            return;
        }
        Answer(turn, session, result);
    }

    void Answer(Turn turn, RubricSession session, ImportResult result)
    {
        Build(session).Fire(Trigger.PlanReceived);
        var link = $"{links.BaseUrl}/console/rubric?periodId={turn.Period.Id}";
        turn.SayLong(turn.Texts.RubricProposal(result, ProblemsShown, link));
        turn.EndDialog();
    }

    static string? Utf8(byte[] bytes)
    {
        try
        {
            return new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (System.Text.DecoderFallbackException)
        {
            return null;
        }
    }
}
