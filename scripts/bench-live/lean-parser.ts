import * as parser from 'socket.io-parser';
import type { Fact } from './facts';

/** The start of a `facts` EVENT packet on the main namespace, as Socket.IO's parser sees it. */
const FACTS_PACKET = '2["facts",';

/**
 * A `facts` frame as the bench keeps it: its text, unparsed. One core plays 2,000 phones, and
 * building every frame's objects 2,000 times over would measure the bench, not the server; the
 * versions it needs are read off the text (scanFacts). Every other packet is decoded as usual.
 */
export class RawFrame {
  constructor(readonly text: string) {}
}

class LeanDecoder extends parser.Decoder {
  override add(obj: unknown): void {
    if (typeof obj === 'string' && obj.startsWith(FACTS_PACKET)) {
      this.emitReserved('decoded', {
        type: parser.PacketType.EVENT,
        nsp: '/',
        data: ['facts', new RawFrame(obj.slice(FACTS_PACKET.length, -1))],
      });
      return;
    }
    super.add(obj);
  }
}

/** For socket.io-client's `parser` option: Socket.IO's own encoder, the lean decoder above. */
export const leanParser = { ...parser, Decoder: LeanDecoder };

// A fact's start, `["name",{`, and a `"version":n` key. In JSON text a quote inside a string is
// always escaped, so neither can match inside what people typed; and no payload nests another
// object with a `version` key, so a fact's first one is its own.
const FACT_START = /\["([a-z]+:[a-z]+)",\{/g;
const VERSION = /"version":(\d+)/y;

/** The names and versions of a frame's facts, in order, without parsing its JSON. */
export function scanFacts(text: string): Fact[] {
  const starts: { name: string; at: number }[] = [];
  for (const m of text.matchAll(FACT_START)) starts.push({ name: m[1]!, at: m.index });
  return starts.map(({ name, at }, i) => {
    const end = starts[i + 1]?.at ?? text.length;
    const key = text.indexOf('"version":', at);
    let version: number | undefined;
    if (key !== -1 && key < end) {
      VERSION.lastIndex = key;
      version = Number(VERSION.exec(text)?.[1]);
    }
    return { name, payload: version === undefined ? {} : { version } };
  });
}

const VERSION_KEY = '"version":';

/**
 * The versions of a frame's facts, read straight off its text, when every fact with a version
 * in it belongs to the stream every viewer gets; null when the frame needs a closer look (a
 * voter's own budget, a reset). A tight scan: 2,000 sockets × 170 facts a second go through it.
 */
export function streamVersions(text: string): number[] | null {
  if (text.includes('"vote:changed"') || text.includes('"event:reset"')) return null;
  const versions: number[] = [];
  for (let at = text.indexOf(VERSION_KEY); at !== -1; at = text.indexOf(VERSION_KEY, at)) {
    at += VERSION_KEY.length;
    let version = 0;
    for (let c = text.charCodeAt(at); c >= 48 && c <= 57; c = text.charCodeAt(++at)) {
      version = version * 10 + (c - 48);
    }
    versions.push(version);
  }
  return versions;
}

/**
 * A frame's stream versions when they are one contiguous run (`first` to `last`; none when
 * `last < first`). Anything else (a voter's own budget, a reset, a run with a hole in it) needs
 * the closer, per-fact look.
 */
export interface FrameRun {
  readonly first: number;
  readonly last: number;
}

export function runOf(versions: number[] | null): FrameRun | null {
  if (versions === null) return null;
  if (versions.length === 0) return { first: 1, last: 0 };
  for (let i = 1; i < versions.length; i++) {
    if (versions[i] !== versions[i - 1]! + 1) return null;
  }
  return { first: versions[0]!, last: versions[versions.length - 1]! };
}

/**
 * A `facts` message's run (as runOf), remembered by the bytes received. Every socket of a
 * worker receives the public frame's bytes on its own connection, so reading it once per
 * worker rather than once per socket keeps the bench's core for receiving. Known frames are
 * found by length, then compared byte for byte (one memory compare): a voter's own frames, new
 * every time, never push the public frame out. Exact: different bytes are never taken for a
 * known frame.
 */
export function createRunMemo(skip: number, limit = 256) {
  const byLength = new Map<number, { bytes: Buffer; run: FrameRun | null }>();
  return (bytes: Buffer): FrameRun | null => {
    const known = byLength.get(bytes.length);
    if (known?.bytes.equals(bytes)) return known.run;
    // Latin-1 keeps every ASCII byte in place; the scan looks at nothing else.
    const run = runOf(streamVersions(bytes.toString('latin1', skip)));
    if (byLength.size >= limit) byLength.clear();
    byLength.set(bytes.length, { bytes: Buffer.from(bytes), run });
    return run;
  };
}
