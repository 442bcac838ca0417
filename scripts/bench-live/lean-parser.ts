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
 * streamVersions, remembered for the last few frames. Every socket of a worker receives the same
 * frame text on its own connection; scanning it once per worker rather than once per socket
 * keeps the bench's core for receiving (each socket still checks its own versions). The recent
 * texts are compared, not hashed: a Map keyed by a 2 KB string hashes all of it for every
 * socket's copy, where a comparison of lengths rules most out at once and an equal text is one
 * memory compare. Exact either way: a different text is never taken for a known one.
 */
export function createVersionMemo(capacity = 8) {
  const texts: string[] = [];
  const answers: (number[] | null)[] = [];
  let next = 0;
  return (text: string): number[] | null => {
    for (let i = 0; i < texts.length; i++) {
      const known = texts[i]!;
      if (known.length === text.length && known === text) return answers[i]!;
    }
    const versions = streamVersions(text);
    texts[next] = text;
    answers[next] = versions;
    next = (next + 1) % capacity;
    return versions;
  };
}
