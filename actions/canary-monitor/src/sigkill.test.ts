/**
 * The runner dies (SIGKILL) mid-step: the re-run waits for the dead run's Lease to expire, then
 * continues at the recorded step with its counts — never back at the first weight, never promoting
 * twice. Slow by nature (a 60 s Lease), so it is its own file. Build first: npm run build -- deploy canary-monitor
 */
import {
  canaryOf,
  deployment,
  ledgerEntries,
  monitor,
  recordedAnalysis,
  useCluster,
} from './test-cluster.ts';

const c = useCluster();

test('SIGKILL mid-step 2, then a re-run continues at step 2 and promotes once', async () => {
  await canaryOf(c, 'crash', '2.0.0');
  const steps = '25:6s, 50:8s, 100';
  const first = await monitor(
    c,
    'crash',
    { steps },
    {
      onSpawn: (child) => {
        let out = '';
        child.stdout?.on('data', (d: Buffer) => {
          out += d.toString();
          if (/step 2\/3: weight 50%[\s\S]*round \d+ /.test(out)) child.kill('SIGKILL');
        });
      },
    },
  );
  expect(first.stdout).toContain('step 2/3');
  expect(first.signal).toBe('SIGKILL');
  // The analysis lives in the rollout state, one source of truth (RolloutState.analysis).
  expect(recordedAnalysis(c, 'crash')).toMatchObject({ step: 1 });
  const second = await monitor(c, 'crash', { steps, 'lock-timeout': '2m' }, { timeoutMs: 180_000 });
  expect(second.stdout).toContain('continuing the recorded analysis at step 2');
  expect(second.stdout).not.toContain('step 1/3');
  expect(second.stdout).toContain('promoted');
  expect(second.outputs.verdict).toBe('promoted');
  expect(deployment(c, 'crash')?.spec.template.spec.containers[0].image).toBe('reg/web:2.0.0');
  expect(ledgerEntries(c, 'crash').filter((e) => e.outcome === 'promoted')).toHaveLength(1);
}, 240_000);
