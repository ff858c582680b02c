// ruleid: secrets.slack-token
const client = new WebClient("xoxb-917034236671-2768426846563-jfljoQoaF1LlqsajAIxNKu8i");
// ruleid: secrets.slack-token
const hook = "https://hooks.slack.com/services/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";
// ok: secrets.slack-token
const token = process.env.SLACK_BOT_TOKEN;
// ok: secrets.slack-token
const doc = "xoxb-your-token-here";
