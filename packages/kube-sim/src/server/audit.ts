/** One request as the server saw it. */
export interface AuditEntry {
  seq: number;
  time: string;
  verb: string;
  method: string;
  path: string;
  query: Record<string, string>;
  userAgent: string;
  contentType: string;
  /** The request body as text (JSON/YAML), or base64 for binary (protobuf) bodies. */
  body: string;
  bodyEncoding: 'utf8' | 'base64';
  resource?: string;
  namespace?: string;
  name?: string;
  /** HTTP status answered (0 when the connection was dropped). */
  code: number;
  /** Set when an injected fault applied. */
  fault?: string;
}

const MUTATING = new Set(['create', 'update', 'patch', 'delete', 'deletecollection']);

/** The audit log of every API request (admin requests under /_sim/ excluded). */
export class AuditLog {
  private items: AuditEntry[] = [];
  private seq = 0;
  private readonly limit: number;

  constructor(limit = 50_000) {
    this.limit = limit;
  }

  record(entry: Omit<AuditEntry, 'seq' | 'time'>): AuditEntry {
    const e: AuditEntry = { seq: ++this.seq, time: new Date().toISOString(), ...entry };
    this.items.push(e);
    if (this.items.length > this.limit) this.items.splice(0, this.items.length - this.limit);
    return e;
  }

  /** Entries after sequence number `since` (0 = all retained). */
  entries(since = 0): AuditEntry[] {
    return this.items.filter((e) => e.seq > since).map((e) => ({ ...e }));
  }

  /** Mutating requests (create, update, patch, delete, deletecollection), e.g. to assert nothing was changed. */
  mutations(since = 0): AuditEntry[] {
    return this.entries(since).filter((e) => MUTATING.has(e.verb) && !e.query.dryRun);
  }

  lastSeq(): number {
    return this.seq;
  }

  clear(): void {
    this.items = [];
  }
}
