import { CancelledError, ExternalError, InputError } from '@shipgate/core';
import { inStep, step, stepsOf } from './steps.ts';

test('an error thrown in a step reads "<step>: <message>" and keeps its class and fields', async () => {
  const thrown = new InputError('canary-weight', '3', 'a weight reachable with 4 replicas', { hint: 'h' });
  const caught = await step('plan', () => Promise.reject(thrown)).catch((e: unknown) => e);
  expect(caught).toBeInstanceOf(InputError);
  expect(caught).toMatchObject({
    message: 'plan: Invalid input "canary-weight": got "3"; allowed: a weight reachable with 4 replicas',
    input: 'canary-weight',
    hint: 'h',
  });
  expect(stepsOf(caught)).toEqual(['plan']);
});

test('nested steps name the path outermost first; the same step is not named twice', async () => {
  const api = new ExternalError('Kubernetes API', 'create deployment web-canary', { status: 500 });
  const caught = await step('canary deploy', () =>
    step('create arms', () => step('create arms', () => Promise.reject(api))),
  ).catch((e: unknown) => e);
  expect(caught).toBeInstanceOf(ExternalError);
  expect((caught as Error).message).toBe(
    'canary deploy: create arms: create deployment web-canary failed: Kubernetes API (500)',
  );
  expect(stepsOf(caught)).toEqual(['canary deploy', 'create arms']);
  expect((caught as ExternalError).status).toBe(500);
});

test('the thrown error itself is not changed (a signal reason may be thrown again elsewhere)', () => {
  const reason = new CancelledError('Cancelled by SIGTERM');
  const a = inStep('lock', reason);
  const b = inStep('backup', reason);
  expect(a).toBeInstanceOf(CancelledError);
  expect([a.message, b.message, reason.message]).toEqual([
    'lock: Cancelled by SIGTERM',
    'backup: Cancelled by SIGTERM',
    'Cancelled by SIGTERM',
  ]);
  expect(stepsOf(reason)).toEqual([]);
});

test('a thrown non-Error becomes an error with its text', () => {
  expect(inStep('record release', 'boom').message).toBe('record release: boom');
});
