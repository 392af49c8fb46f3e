#!/usr/bin/env node
// Posts $TEXT as {"text": …} to the Slack-compatible webhook in $WEBHOOK. Plain Node (18 or
// later: GitHub's hosted runners have it), nothing to install. Without a webhook it warns and
// succeeds: a missing secret must not fail the job that reports a failure.
const { WEBHOOK: webhook = '', TEXT: text = '' } = process.env;

// TEXT holds names from the repository and the event: escaped so it cannot start a workflow command.
const escapeCommandData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

if (!webhook) {
  console.log(
    `::warning title=notify::${escapeCommandData(`no RELEASE_WEBHOOK secret, so nobody was told: ${text}`)}`,
  );
  process.exit(0);
}

const attempts = 3;
for (let attempt = 1; ; attempt++) {
  let problem;
  try {
    const response = await fetch(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text }),
      signal: AbortSignal.timeout(20_000),
    });
    if (response.ok) break;
    problem = `HTTP ${response.status}`;
    // A 4xx other than 429 will not get better by asking again.
    if (response.status < 500 && response.status !== 429) attempt = attempts;
  } catch (error) {
    problem = error.cause?.code ?? error.name;
  }
  if (attempt >= attempts) {
    // The URL is a secret: say what failed, never where.
    console.log(`::error title=notify::the webhook did not take the message (${problem})`);
    process.exit(1);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000 * 2 ** (attempt - 1)));
}
