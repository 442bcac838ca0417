import fc from 'fast-check';
import type { ScheduleInstance, SchedulePlacement } from '../../../shared/schedule/instance';

export interface InstanceLimits {
  rooms: number;
  slots: number;
  sessions: number;
  voters: number;
}

const DEFAULT_LIMITS: InstanceLimits = { rooms: 4, slots: 4, sessions: 10, voters: 10 };

/**
 * Small valid instances: every id known, pins only where they can stand. Pins that would
 * break a rule (blocked or taken cell, busy host) are dropped rather than filtered out, so
 * fast-check does not waste runs.
 */
export function instanceArb(limits: Partial<InstanceLimits> = {}): fc.Arbitrary<ScheduleInstance> {
  const max = { ...DEFAULT_LIMITS, ...limits };
  return fc
    .record({
      rooms: fc.integer({ min: 1, max: max.rooms }),
      slots: fc.integer({ min: 1, max: max.slots }),
      sessions: fc.integer({ min: 0, max: max.sessions }),
      voters: fc.integer({ min: 1, max: max.voters }),
      hosts: fc.integer({ min: 1, max: 6 }),
    })
    .chain((size) => {
      const cells = size.rooms * size.slots;
      return fc.record({
        size: fc.constant(size),
        capacities: fc.array(fc.integer({ min: 0, max: 8 }), {
          minLength: size.rooms,
          maxLength: size.rooms,
        }),
        blocked: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: cells, maxLength: cells }),
        hosts: fc.array(
          fc.uniqueArray(fc.integer({ min: 0, max: size.hosts - 1 }), { maxLength: 2 }),
          { minLength: size.sessions, maxLength: size.sessions },
        ),
        pins: fc.array(fc.option(fc.integer({ min: 0, max: cells - 1 }), { freq: 4 }), {
          minLength: size.sessions,
          maxLength: size.sessions,
        }),
        // Mostly no vote; otherwise 1–3 dots, as the product allows.
        dots: fc.array(fc.constantFrom(0, 0, 0, 1, 1, 2, 3), {
          minLength: size.voters * size.sessions,
          maxLength: size.voters * size.sessions,
        }),
        avoid: fc.uniqueArray(
          fc.tuple(
            fc.integer({ min: 0, max: Math.max(0, size.sessions - 1) }),
            fc.integer({ min: 0, max: Math.max(0, size.sessions - 1) }),
          ),
          { maxLength: 4, selector: ([a, b]) => `${Math.min(a, b)}-${Math.max(a, b)}` },
        ),
      });
    })
    .map(({ size, capacities, blocked, hosts, pins, dots, avoid }) => {
      const room = (cell: number): string => `r${cell % size.rooms}`;
      const slot = (cell: number): string => `t${Math.floor(cell / size.rooms)}`;
      const isBlocked = (cell: number): boolean => blocked[cell] === 0;
      const taken = new Set<number>();
      const busy = new Set<string>();
      const sessions = hosts.map((ids, s) => {
        const session: ScheduleInstance['sessions'][number] = {
          id: `s${s}`,
          hosts: ids.map((h) => `h${h}`),
        };
        const pin = pins[s];
        const clash = (cell: number): boolean =>
          session.hosts.some((h) => busy.has(`${h}@${slot(cell)}`));
        if (pin != null && !isBlocked(pin) && !taken.has(pin) && !clash(pin)) {
          taken.add(pin);
          session.hosts.forEach((h) => busy.add(`${h}@${slot(pin)}`));
          session.pinned = { roomId: room(pin), slotId: slot(pin) };
        }
        return session;
      });
      const votes: ScheduleInstance['votes'] = [];
      dots.forEach((count, i) => {
        const v = Math.floor(i / size.sessions);
        const s = i % size.sessions;
        if (count > 0) votes.push({ voterId: `v${v}`, sessionId: `s${s}`, dots: count });
      });
      return {
        rooms: capacities.map((capacity, r) => ({ id: `r${r}`, capacity })),
        slots: Array.from({ length: size.slots }, (_, t) => ({ id: `t${t}` })),
        blocked: blocked.flatMap((b, cell) =>
          b === 0 ? [{ roomId: room(cell), slotId: slot(cell) }] : [],
        ),
        sessions,
        votes,
        avoidParallel: avoid
          .filter(([a, b]) => a !== b && size.sessions > 0)
          .map(([a, b]): [string, string] => [`s${a}`, `s${b}`]),
      };
    });
}

/**
 * An instance with placements to keep as "fixed": a random legal grid fragment among the
 * cells and sessions that pins leave free.
 */
export function instanceWithFixedArb(
  limits: Partial<InstanceLimits> = {},
): fc.Arbitrary<{ instance: ScheduleInstance; fixed: SchedulePlacement[] }> {
  return instanceArb(limits).chain((instance) =>
    fc
      .array(
        fc.record({
          session: fc.nat(Math.max(0, instance.sessions.length - 1)),
          room: fc.nat(instance.rooms.length - 1),
          slot: fc.nat(instance.slots.length - 1),
        }),
        { maxLength: 4 },
      )
      .map((wishes) => ({ instance, fixed: legalFixed(instance, wishes) })),
  );
}

function legalFixed(
  instance: ScheduleInstance,
  wishes: { session: number; room: number; slot: number }[],
): SchedulePlacement[] {
  const key = (roomId: string, slotId: string): string => `${roomId}@${slotId}`;
  const taken = new Set((instance.blocked ?? []).map((c) => key(c.roomId, c.slotId)));
  const busy = new Set<string>();
  const fixedSessions = new Set<string>();
  const hold = (hosts: string[], roomId: string, slotId: string): void => {
    taken.add(key(roomId, slotId));
    hosts.forEach((h) => busy.add(`${h}@${slotId}`));
  };
  for (const session of instance.sessions) {
    if (session.pinned) hold(session.hosts, session.pinned.roomId, session.pinned.slotId);
  }
  const fixed: SchedulePlacement[] = [];
  for (const wish of wishes) {
    const session = instance.sessions[wish.session];
    const roomId = instance.rooms[wish.room]?.id;
    const slotId = instance.slots[wish.slot]?.id;
    if (!session || !roomId || !slotId || session.pinned || fixedSessions.has(session.id)) continue;
    if (taken.has(key(roomId, slotId))) continue;
    if (session.hosts.some((h) => busy.has(`${h}@${slotId}`))) continue;
    hold(session.hosts, roomId, slotId);
    fixedSessions.add(session.id);
    fixed.push({ sessionId: session.id, roomId, slotId });
  }
  return fixed;
}
