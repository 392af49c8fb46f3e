// Admin routes under /_sim/ for the demo and for tests that drive the simulator as a separate
// process: read the request log and a state overview, add or clear faults. Not logged, no auth.
import type { FaultSpec, Faults } from './faults.ts';
import type { SimResponse } from './router.ts';
import type { RecordedRequest } from './http-io.ts';
import type { SimState } from './state.ts';

export interface AdminRequest {
  method: string;
  path: string;
  raw: string;
  state: SimState;
  requests: RecordedRequest[];
  faults: Faults;
}

export function handleAdmin(req: AdminRequest): SimResponse {
  const route = `${req.method} ${req.path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_sim/requests':
      return { body: req.requests };
    case 'DELETE /_sim/requests':
      req.requests.length = 0;
      return { status: 204 };
    case 'GET /_sim/state':
      return { body: overview(req.state) };
    case 'POST /_sim/faults': {
      let spec: FaultSpec;
      try {
        spec = JSON.parse(req.raw) as FaultSpec;
      } catch {
        return { status: 400, body: { message: 'Problems parsing JSON' } };
      }
      const kinds = ['status', 'secondary-rate-limit', 'rate-limit', 'too-many-requests', 'drop', 'latency'];
      if (typeof spec !== 'object' || spec === null || !kinds.includes(spec.kind)) {
        return { status: 422, body: { message: `fault "kind" must be one of ${kinds.join(', ')}` } };
      }
      if (spec.times === null) spec.times = Infinity;
      req.faults.add(spec);
      return { status: 201, body: spec };
    }
    case 'DELETE /_sim/faults':
      req.faults.clear();
      return { status: 204 };
    default:
      return { status: 404, body: { message: 'Not Found' } };
  }
}

function overview(state: SimState): unknown {
  return [...state.repos.values()].map((repo) => ({
    full_name: `${repo.owner.login}/${repo.name}`,
    refs: Object.fromEntries(repo.refs),
    releases: repo.releases.map((r) => ({
      id: r.id,
      tag_name: r.tag_name,
      draft: r.draft,
      prerelease: r.prerelease,
    })),
    deployments: repo.deployments.map((d) => ({
      id: d.id,
      environment: d.environment,
      ref: d.ref,
      sha: d.sha,
      states: d.statuses.map((s) => s.state),
    })),
    issues: [...repo.issues.values()].map((i) => ({
      number: i.number,
      title: i.title,
      pull: i.pull !== undefined,
    })),
    comments: repo.comments.map((c) => ({ id: c.id, issue: c.issueNumber, length: c.body.length })),
    check_runs: repo.checkRuns.map((c) => ({
      id: c.id,
      name: c.name,
      status: c.status,
      conclusion: c.conclusion,
    })),
  }));
}
