/**
 * An optional Grafana annotation per release (POST /api/annotations), tagged with app, version
 * and environment, so dashboards line releases up with metric changes. Its failure is a warning.
 */
export interface GrafanaAnnotation {
  url: string;
  token?: string;
  text: string;
  tags: string[];
  timeMs: number;
  signal?: AbortSignal;
}

export async function annotateGrafana(
  o: GrafanaAnnotation,
): Promise<{ ok: true; id?: number } | { ok: false; message: string }> {
  try {
    const res = await fetch(new URL('/api/annotations', o.url), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(o.token ? { Authorization: `Bearer ${o.token}` } : {}),
      },
      body: JSON.stringify({ time: o.timeMs, tags: o.tags, text: o.text }),
      signal: AbortSignal.any([AbortSignal.timeout(10_000), ...(o.signal ? [o.signal] : [])]),
    });
    const body = (await res.json().catch(() => ({}))) as { id?: number; message?: string };
    if (!res.ok)
      return {
        ok: false,
        message: `Grafana answered ${res.status}${body.message ? `: ${String(body.message).slice(0, 200)}` : ''}`,
      };
    return { ok: true, id: body.id };
  } catch (error) {
    return { ok: false, message: `Grafana annotation failed (${(error as Error).name})` };
  }
}
