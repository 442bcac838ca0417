/**
 * What the real client does to stay current (client/src/live/event-sync.ts), reduced to the
 * version: a snapshot on every connect, versioned deltas in between, a new snapshot on a gap.
 * It keeps a timeline of (time, version) so the bench can say when it was current.
 */
import type { HttpClient } from './http-client';
import { errorKey } from './http-client';
import { nowMs, sleep } from './stats';

const RETRY_AFTER_MS = 3000;

export interface SyncTarget {
  http: HttpClient;
  eventId: string;
  token: string | undefined;
  encoding: 'gzip' | 'identity';
  /** Stop retrying failed snapshots after this monotonic time. */
  deadline: number;
}

const VERSION_KEY = ',"version":';

/**
 * A snapshot's version. Its top-level `version` is its last key but `me`, which holds no
 * `version` of its own (ids and dots; typed text escapes its quotes), so the last
 * `,"version":` is it: read there, and checked to be followed by `,"me":` or the end. A phone
 * parses its snapshot on its own CPU; one core playing 2,000 phones parses only what it must.
 * Anything else is parsed whole.
 */
export function snapshotVersion(text: string): number {
  const at = text.lastIndexOf(VERSION_KEY);
  if (at !== -1) {
    const digits = /^\d+/.exec(text.slice(at + VERSION_KEY.length, at + VERSION_KEY.length + 20));
    const after = at + VERSION_KEY.length + (digits?.[0].length ?? 0);
    if (digits && (text.startsWith(',"me":', after) || after === text.length - 1)) {
      return Number(digits[0]);
    }
  }
  return (JSON.parse(text) as { version: number }).version;
}

export class ClientSync {
  version = -1;
  /** (at, version) pairs, flat, each time the version this client holds changed. */
  readonly timeline: number[] = [];
  snapshots = 0;
  refetches = 0;
  failures: string[] = [];
  /** When the first snapshot after the last connect arrived. */
  syncedAt: number | null = null;
  private syncing = false;
  private again = false;
  private buffer: number[] = [];

  constructor(private readonly target: SyncTarget) {}

  onConnect(): void {
    this.syncedAt = null;
    void this.resync();
  }

  onFact(name: string, version: number): void {
    if (name === 'event:reset') {
      if (version > this.version) void this.resync();
      return;
    }
    if (this.syncing) {
      this.buffer.push(version);
      return;
    }
    if (version <= this.version) return;
    if (version !== this.version + 1) {
      this.refetches++;
      void this.resync();
      return;
    }
    this.moveTo(version);
  }

  /**
   * A frame's contiguous run of stream versions, `first` to `last`: what onFact does for each
   * of them in turn, in one step (one timeline entry, at the run's last version).
   */
  onRun(first: number, last: number): void {
    if (this.syncing) {
      for (let version = first; version <= last; version++) this.buffer.push(version);
      return;
    }
    if (last <= this.version) return;
    if (first > this.version + 1) {
      // A gap: version by version, as onFact takes it (a refetch, the rest buffered).
      for (let version = first; version <= last; version++) this.onFact('', version);
      return;
    }
    this.moveTo(last);
  }

  private moveTo(version: number) {
    this.version = version;
    this.timeline.push(nowMs(), version);
  }

  private async resync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return;
    }
    this.syncing = true;
    let ok = false;
    try {
      do {
        this.again = false;
        const answer = await this.target.http.send('GET', `/api/events/${this.target.eventId}`, {
          token: this.target.token,
          encoding: this.target.encoding,
          timeoutMs: 15_000,
        });
        if (answer.status !== 200) throw new Error(errorKey(answer));
        const version = snapshotVersion(answer.text());
        this.snapshots++;
        // The store is replaced by the snapshot, whatever it held.
        this.moveTo(version);
      } while (this.again);
      ok = true;
      this.syncedAt = nowMs();
    } catch (err) {
      this.failures.push(err instanceof Error ? err.message : String(err));
      if (nowMs() + RETRY_AFTER_MS < this.target.deadline) {
        void sleep(RETRY_AFTER_MS).then(() => this.resync());
      }
    } finally {
      this.syncing = false;
    }
    const pending = this.buffer;
    this.buffer = [];
    if (ok) for (const version of pending) this.onFact('', version);
  }

  /** When this client first held `version` or a later one, or null if it never did. */
  reached(version: number): number | null {
    for (let i = 0; i < this.timeline.length; i += 2) {
      if (this.timeline[i + 1]! >= version) return this.timeline[i]!;
    }
    return null;
  }
}
