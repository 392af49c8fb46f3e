/** Steady HTTP traffic to a loopback port (a Service proxy), so sample-app pods have something to measure. */
import { request } from 'node:http';

export interface Traffic {
  /** Requests sent and answers by status code so far. */
  readonly sent: number;
  readonly codes: Map<number, number>;
  stop(): Promise<void>;
}

export function startTraffic(port: () => number | undefined, perSecond: number, path = '/'): Traffic {
  const codes = new Map<number, number>();
  let sent = 0;
  let inFlight = 0;
  const tick = 10;
  const perTick = perSecond / (1000 / tick);
  let owed = 0;
  const timer = setInterval(() => {
    const p = port();
    if (p === undefined) return;
    owed += perTick;
    for (; owed >= 1; owed--) {
      sent++;
      inFlight++;
      const req = request({ host: '127.0.0.1', port: p, path, agent: false, timeout: 5000 }, (res) => {
        codes.set(res.statusCode ?? 0, (codes.get(res.statusCode ?? 0) ?? 0) + 1);
        res.resume();
        res.on('end', () => inFlight--);
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => {
        codes.set(0, (codes.get(0) ?? 0) + 1);
        inFlight--;
      });
      req.end();
    }
  }, tick);
  return {
    get sent() {
      return sent;
    },
    codes,
    async stop() {
      clearInterval(timer);
      for (let i = 0; i < 200 && inFlight > 0; i++) await new Promise((r) => setTimeout(r, 10));
    },
  };
}
