#!/usr/bin/env bash
# Posts $TEXT as {"text": …} to the Slack-compatible webhook in $WEBHOOK; without one it warns
# and succeeds (a missing webhook must not fail the job that reports a failure).
set -euo pipefail
if [ -z "${WEBHOOK:-}" ]; then
  echo "::warning title=notify::no RELEASE_WEBHOOK secret, so nobody was told: ${TEXT:-}"
  exit 0
fi
jq -n --arg text "${TEXT:-}" '{text: $text}' |
  curl --fail --silent --show-error --retry 3 --max-time 20 \
    -H 'Content-Type: application/json' --data-binary @- "$WEBHOOK"
