using ChatAppraisal.Conversations;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>A typed label or number presses a button of the prompt stored with the conversation: one rule for every channel.</summary>
public class TypedButtonsTests
{
    static ConversationDoc Prompt(bool numbersAreAnswers, params (string Label, string Data)[] buttons) => new()
    {
        PromptButtons = buttons.Select(b => new StoredButton { Label = b.Label, Data = b.Data }).ToList(),
        PromptNumbersAreAnswers = numbersAreAnswers,
    };

    static readonly ConversationDoc Villages = Prompt(false, ("新庄村", "7|v:1"), ("大王村", "7|v:2"), ("李家村", "7|v:3"));

    [Theory]
    [InlineData("2", "7|v:2")]
    [InlineData("２", "7|v:2")]
    [InlineData("#3", "7|v:3")]
    [InlineData("＃3", "7|v:3")]
    [InlineData("3.", "7|v:3")]
    [InlineData("新庄村", "7|v:1")]
    [InlineData(" 大王村 ", "7|v:2")]
    public void OnAChannelThatNumbersItsButtonsANumberOrALabelPressesThatButton(string typed, string data) =>
        Assert.Equal(data, TypedButtons.Find(Villages, typed, numbered: true)?.Data);

    [Fact]
    public void WhereButtonsAreNotNumberedOnlyALabelPresses()
    {
        Assert.Equal("7|v:2", TypedButtons.Find(Villages, "大王村", numbered: false)?.Data);
        Assert.Null(TypedButtons.Find(Villages, "2", numbered: false));
        Assert.Null(TypedButtons.Find(Villages, "#2", numbered: false));
    }

    [Fact]
    public void WhereNumbersAreAnswersABareNumberIsAnAnswerAndHashNChooses()
    {
        var item = Prompt(true, ("满分", "9|s:full"), ("0分", "9|s:0"));

        Assert.Null(TypedButtons.Find(item, "3", numbered: true));
        Assert.Equal("9|s:0", TypedButtons.Find(item, "#2", numbered: true)?.Data);
        Assert.Equal("9|s:full", TypedButtons.Find(item, "满分", numbered: true)?.Data);
    }

    [Fact]
    public void ANumberBeyondTheListOrAnotherWordIsAnAnswer()
    {
        Assert.Null(TypedButtons.Find(Villages, "4", numbered: true));
        Assert.Null(TypedButtons.Find(Villages, "0", numbered: true));
        Assert.Null(TypedButtons.Find(Villages, "石桥村", numbered: true));
        Assert.Null(TypedButtons.Find(new ConversationDoc(), "1", numbered: true));
    }
}
