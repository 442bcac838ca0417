import type { ScheduleInstance } from './instance';
import { createPrng, type Prng } from './prng';

export interface GenerateOptions {
  seed: number;
  sessions: number;
  rooms: number;
  slots: number;
  voters: number;
  /** Topic clusters; people vote mostly inside their two favourites. */
  clusters?: number;
  dotsPerVoter?: number;
  maxDotsPerSession?: number;
  pins?: number;
  blocked?: number;
  avoidPairs?: number;
  /** Room sizes as a share of the usual ones: below 1, rooms too small for the crowd. */
  roomScale?: number;
}

/** Room sizes relative to an even split of the crowd: a hall, a few mid rooms, small corners. */
const ROOM_SIZES = [2.2, 1.2, 0.9, 0.7, 0.5, 0.35];

/**
 * A plausible unconference after the dot vote, the same for the same options. Popularity is
 * Zipf-like, people favour two topic clusters, some spend several dots on one proposal, and
 * proposers (who are voters too) host one or two sessions, sometimes with a co-host.
 */
export function generateInstance(options: GenerateOptions): ScheduleInstance {
  const { seed, rooms: roomCount, slots: slotCount, voters } = options;
  const sessionCount = options.sessions;
  const clusters = options.clusters ?? Math.max(3, Math.round(sessionCount / 8));
  const dotsPerVoter = options.dotsPerVoter ?? 5;
  const maxDots = options.maxDotsPerSession ?? 3;
  const prng = createPrng(seed);
  const person = (p: number): string => `p${p + 1}`;

  const clusterAppeal = Array.from({ length: clusters }, (_, c) => 1 / (c + 1));
  const favourites = Array.from({ length: voters }, () => {
    const first = pickWeighted(prng, clusterAppeal);
    let second = pickWeighted(prng, clusterAppeal);
    while (clusters > 1 && second === first) second = pickWeighted(prng, clusterAppeal);
    return [first, second] as const;
  });

  // Fewer proposers than proposals, so some people host two sessions.
  const proposers = Array.from({ length: Math.max(1, Math.ceil(sessionCount * 0.8)) }, () =>
    prng.int(voters),
  );
  const ranks = shuffle(
    prng,
    Array.from({ length: sessionCount }, (_, i) => i + 1),
  );
  const sessions = Array.from({ length: sessionCount }, (_, i) => {
    const host = proposers[prng.int(proposers.length)] ?? 0;
    const topic = favourites[host]?.[prng.int(2)] ?? 0;
    const hosts = [host];
    if (prng.next() < 0.2 && voters > 1) {
      let coHost = prng.int(voters);
      while (coHost === host) coHost = prng.int(voters);
      hosts.push(coHost);
    }
    return { id: `s${i + 1}`, hosts, topic, appeal: 1 / ((ranks[i] ?? 1) + 2) ** 0.9 };
  });

  const votes: ScheduleInstance['votes'] = [];
  for (let v = 0; v < voters; v++) {
    if (prng.next() < 0.08) continue;
    const liked = favourites[v] ?? [0, 0];
    const weights = sessions.map((session) =>
      session.hosts.includes(v) ? 0 : session.appeal * (liked.includes(session.topic) ? 5 : 1),
    );
    const dots = new Map<number, number>();
    for (let d = 0; d < dotsPerVoter; d++) {
      const s = pickWeighted(prng, weights);
      if (s < 0) break;
      const given = (dots.get(s) ?? 0) + 1;
      dots.set(s, given);
      if (given >= maxDots) weights[s] = 0;
    }
    for (const [s, count] of dots) {
      votes.push({ voterId: person(v), sessionId: `s${s + 1}`, dots: count });
    }
  }

  const rooms = Array.from({ length: roomCount }, (_, r) => ({
    id: `room-${r + 1}`,
    capacity: Math.max(
      5,
      Math.round(
        (voters / roomCount) * (ROOM_SIZES[r % ROOM_SIZES.length] ?? 1) * (options.roomScale ?? 1),
      ),
    ),
  }));
  const slots = Array.from({ length: slotCount }, (_, t) => ({ id: `slot-${t + 1}` }));
  const cells = shuffle(
    prng,
    Array.from({ length: roomCount * slotCount }, (_, c) => ({
      roomId: `room-${(c % roomCount) + 1}`,
      slot: Math.floor(c / roomCount),
    })),
  );
  const blockedCount = Math.min(cells.length, options.blocked ?? Math.round(cells.length * 0.05));
  const blocked = cells
    .slice(0, blockedCount)
    .map((cell) => ({ roomId: cell.roomId, slotId: `slot-${cell.slot + 1}` }));

  // Pins take the next free cells; a pin whose host is already pinned in that slot is skipped.
  const pinCount = options.pins ?? Math.round(sessionCount * 0.03);
  const pinned = new Map<number, { roomId: string; slotId: string }>();
  const pinnedHosts = new Set<string>();
  let nextCell = blockedCount;
  for (const s of shuffle(
    prng,
    sessions.map((_, i) => i),
  ).slice(0, pinCount)) {
    const cell = cells[nextCell++];
    const session = sessions[s];
    if (!cell || !session) break;
    if (session.hosts.some((h) => pinnedHosts.has(`${h}@${cell.slot}`))) continue;
    for (const h of session.hosts) pinnedHosts.add(`${h}@${cell.slot}`);
    pinned.set(s, { roomId: cell.roomId, slotId: `slot-${cell.slot + 1}` });
  }

  const avoidParallel: [string, string][] = [];
  const seen = new Set<string>();
  const wanted = options.avoidPairs ?? Math.round(sessionCount / 10);
  for (let attempt = 0; attempt < wanted * 20 && avoidParallel.length < wanted; attempt++) {
    const a = prng.int(sessionCount);
    const b = prng.int(sessionCount);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || seen.has(key) || sessions[a]?.topic !== sessions[b]?.topic) continue;
    seen.add(key);
    avoidParallel.push([`s${a + 1}`, `s${b + 1}`]);
  }

  return {
    rooms,
    slots,
    blocked,
    sessions: sessions.map((session, s) => {
      const pin = pinned.get(s);
      const hosts = session.hosts.map(person);
      return pin ? { id: session.id, hosts, pinned: pin } : { id: session.id, hosts };
    }),
    votes,
    avoidParallel,
  };
}

/** Index drawn with probability proportional to its weight, or -1 when all weights are 0. */
function pickWeighted(prng: Prng, weights: readonly number[]): number {
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum <= 0) return -1;
  let target = prng.next() * sum;
  let last = -1;
  for (let i = 0; i < weights.length; i++) {
    const w = weights[i] ?? 0;
    if (w <= 0) continue;
    last = i;
    target -= w;
    if (target < 0) return i;
  }
  // Rounding can leave a sliver of `target`; the last eligible index absorbs it.
  return last;
}

function shuffle<T>(prng: Prng, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = prng.int(i + 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
