import { access } from 'node:fs/promises';
import type { Store } from './store/store.ts';

/** What startKubeSim uses of the controllers (src/controllers/index.ts, the other half of the package). */
export interface ControllersLike {
  stop(): Promise<void>;
  setImageBehaviour?(image: string, behaviour: unknown): void;
  killPod?(namespace: string, name: string): void;
  failPod?(namespace: string, name: string, reason?: string): void;
  servicePort?(namespace: string, service: string): number | undefined;
  idle?(): Promise<void>;
  podLogs?(namespace: string, pod: string, container?: string): string | undefined;
}

type StartControllers = (store: Store, opts: Record<string, unknown>) => ControllersLike;

/** Starts the controllers when src/controllers/index.ts exports startControllers; undefined otherwise. */
export async function loadControllers(store: Store, opts: Record<string, unknown>): Promise<ControllersLike | undefined> {
  const url = new URL('./controllers/index.ts', import.meta.url);
  try {
    await access(url);
  } catch {
    return undefined;
  }
  const mod = (await import(url.href)) as { startControllers?: StartControllers };
  return mod.startControllers ? mod.startControllers(store, opts) : undefined;
}
