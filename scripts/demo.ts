#!/usr/bin/env node
// The main job, locally: the example workflows (workflows-examples/) run job by job as GitHub
// runs them (packages/workflow-runner: GitHub's own workflow parser and expression engine, every
// shipgate step the real dist/ bundle, checkout as real git, run: steps as real bash), against
// two kube-sim clusters whose pods are real processes, a real Prometheus scraping production,
// github-sim and a webhook receiver. The story (demo/story.ts):
//   v1.0.0  notes + release, rolling first deploy to staging and production
//   v1.1.0  canary walked 25 → 50 → 100 by canary-monitor on Prometheus data, promoted
//   v1.2.0  canary with 5% errors, aborted (stable back at once); the rollback job verifies and
//           records it (no change needed): incident issue, webhook
//   rollback.yml without CONFIRM (refused) and with it, back to v1.0.0
//   a pull request over its size budget: pr-checks + pr-report's sticky comment
// Usage: npm run demo [-- --quiet]   (--quiet: only the closing table)
import { registerHooks } from 'node:module';
import { ensureSystemPackages } from './system-packages.ts';

try {
  ensureSystemPackages('demo');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

// @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }` (its bundler
// allows it, Node does not): add the attribute for its files only.
registerHooks({
  load(url, context, nextLoad) {
    if (url.endsWith('.json') && url.includes('/@actions/workflow-parser/'))
      return nextLoad(url, { ...context, importAttributes: { ...context.importAttributes, type: 'json' } });
    return nextLoad(url, context);
  },
});

const { tellStory } = await import('../demo/story.ts');
const outcomes = await tellStory({ quiet: process.argv.includes('--quiet') });
process.exitCode = outcomes.length > 0 && outcomes.every((o) => o.ok) ? 0 : 1;
