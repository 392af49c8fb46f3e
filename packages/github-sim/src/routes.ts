// Every route the simulator serves. Order matters where patterns overlap: specific /commits/...
// routes come before the /commits/{ref+} catch-all.
import type { RateLimiter } from './rate-limit.ts';
import { registerChecks } from './resources/checks.ts';
import { registerDeployments } from './resources/deployments.ts';
import { registerGit } from './resources/git.ts';
import { registerIssues } from './resources/issues.ts';
import { registerPulls } from './resources/pulls.ts';
import { registerReleases } from './resources/releases.ts';
import { registerRepos } from './resources/repos.ts';
import { Router } from './router.ts';

export function buildRouter(limiter: RateLimiter): Router {
  const router = new Router();
  registerChecks(router);
  registerPulls(router);
  registerRepos(router, limiter);
  registerGit(router);
  registerReleases(router);
  registerDeployments(router);
  registerIssues(router);
  return router;
}
