/**
 * The scheduling problem as a mixed-integer program, solved by HiGHS. Only the fixture and
 * benchmark scripts use it: it is the yardstick for the heuristic solver, not part of the app.
 *
 * y(s,t) = 1 runs session s in slot t; x(s,r,t) puts it in room r, Σr x(s,r,t) = y(s,t) and
 * one session per cell (no column for blocked cells; a pinned session has only its own cell,
 * fixed to 1). Only y is integer: once y is, each slot's room choice is a bipartite assignment
 * whose LP has integral vertices, which keeps the rooms' symmetry out of branching. A voter's best dots in slot t is a staircase: Σ_k step(k)·min(1, number
 * of their sessions with ≥ k dots in t), so u(v,t,k) ≤ Σ y(s,t) over those sessions and
 * u ≤ 1, each u earning step(k). It is as tight as one variable per vote and slot with
 * "pick one per slot", with far fewer rows (and none when only one session reaches level k).
 * Overflow is a constant per (s, r), so it is a cost on x.
 * w(p,t) ≥ y(a,t) + y(b,t) − 1 charges an avoid-pair.
 */
import loadHighs from 'highs';
import { compileInstance } from '../shared/schedule/compile-instance';
import type { ScheduleInstance, SchedulePlacement } from '../shared/schedule/instance';

export interface ScheduleLp {
  lp: string;
  /** Column name → the placement it stands for. */
  placementOf: Map<string, SchedulePlacement>;
}

export function buildScheduleLp(
  instance: ScheduleInstance,
  fixed: readonly SchedulePlacement[] = [],
): ScheduleLp {
  const m = compileInstance(instance, fixed);
  const R = m.rooms;
  const objective = new Map<string, number>();
  const gain = (name: string, value: number): void => {
    objective.set(name, (objective.get(name) ?? 0) + value);
  };
  const rows: string[] = [];
  const bounds: string[] = [];
  const binaries: string[] = [];
  const placementOf = new Map<string, SchedulePlacement>();
  const row = (name: string, terms: string[], rhs: string): void => {
    if (terms.length > 0) rows.push(`${name}: ${wrap(terms)} ${rhs}`);
  };

  // yBy[s][t]: the y column of session s in slot t, or none if it cannot run there.
  const yBy: (string | null)[][] = [];
  const cellTerms: string[][] = Array.from({ length: R * m.slots }, () => []);
  for (let s = 0; s < m.sessions; s++) {
    const fixedCell = m.fixedCell[s]!;
    const perSlot: string[][] = Array.from({ length: m.slots }, () => []);
    const ys = new Array<string | null>(m.slots).fill(null);
    yBy.push(ys);
    // A session nobody voted for only costs (avoid-pairs, hosts, cells) unless it must stay.
    if (fixedCell < 0 && m.voterCount[s] === 0) continue;
    for (let cell = 0; cell < R * m.slots; cell++) {
      if (m.blocked[cell] || (fixedCell >= 0 && cell !== fixedCell)) continue;
      const t = Math.floor(cell / R);
      const r = cell - t * R;
      const name = `x_${s}_${r}_${t}`;
      perSlot[t]!.push(name);
      cellTerms[cell]!.push(name);
      bounds.push(cell === fixedCell ? `${name} = 1` : `0 <= ${name} <= 1`);
      placementOf.set(name, {
        sessionId: m.sessionIds[s]!,
        roomId: m.roomIds[r]!,
        slotId: m.slotIds[t]!,
      });
      const cost = m.overflowCost[s * R + r]!;
      if (cost > 0) gain(name, -cost);
    }
    perSlot.forEach((x, t) => {
      if (x.length === 0) return;
      const y = `y_${s}_${t}`;
      ys[t] = y;
      binaries.push(y);
      row(`rooms_${s}_${t}`, [...x.map(plus), `- ${y}`], '= 0');
    });
    row(`once_${s}`, ys.filter((y) => y !== null).map(plus), '<= 1');
  }
  cellTerms.forEach((terms, cell) => row(`cell_${cell}`, terms.map(plus), '<= 1'));

  for (let h = 0; h < m.hosts; h++) {
    const hosted: number[] = [];
    for (let s = 0; s < m.sessions; s++) {
      for (let i = m.hostStart[s]!; i < m.hostStart[s + 1]!; i++) {
        if (m.hostList[i] === h) hosted.push(s);
      }
    }
    if (hosted.length < 2) continue;
    for (let t = 0; t < m.slots; t++) {
      const ys = hosted.map((s) => yBy[s]![t]).filter((y) => y != null);
      row(`host_${h}_${t}`, ys.map(plus), '<= 1');
    }
  }

  // Per voter, the sessions they gave at least each dot level, as (session, level) pairs.
  const ballots: { s: number; level: number }[][] = Array.from({ length: m.voters }, () => []);
  for (let s = 0; s < m.sessions; s++) {
    for (let i = m.voteStart[s]!; i < m.voteStart[s + 1]!; i++) {
      ballots[m.voteVoter[i]!]!.push({ s, level: m.voteLevel[i]! });
    }
  }
  ballots.forEach((ballot, v) => {
    const levels = [...new Set(ballot.map((b) => b.level))].sort((a, b) => a - b);
    for (let t = 0; t < m.slots; t++) {
      let previous = 0;
      for (const level of levels) {
        const step = m.levelValue[level]! - m.levelValue[previous]!;
        previous = level;
        const ys = ballot
          .filter((b) => b.level >= level)
          .map((b) => yBy[b.s]![t])
          .filter((y) => y != null);
        if (ys.length === 0) continue;
        if (ys.length === 1) {
          gain(ys[0]!, step);
          continue;
        }
        const u = `u_${v}_${t}_${level}`;
        gain(u, step);
        bounds.push(`0 <= ${u} <= 1`);
        row(`reach_${v}_${t}_${level}`, [`+ ${u}`, ...ys.map((y) => `- ${y}`)], '<= 0');
      }
    }
  });

  for (let s = 0; s < m.sessions; s++) {
    for (let i = m.avoidStart[s]!; i < m.avoidStart[s + 1]!; i++) {
      const p = m.avoidList[i]!;
      if (p < s) continue;
      for (let t = 0; t < m.slots; t++) {
        const a = yBy[s]![t];
        const b = yBy[p]![t];
        if (a == null || b == null) continue;
        const w = `w_${s}_${p}_${t}`;
        gain(w, -m.avoidPenalty);
        row(`avoid_${s}_${p}_${t}`, [`+ ${a}`, `+ ${b}`, `- ${w}`], '<= 1');
      }
    }
  }

  rows.push(...slotSymmetryRows(m, yBy));

  const terms = [...objective].map(([name, c]) => `${c < 0 ? '-' : '+'} ${Math.abs(c)} ${name}`);
  const lp = [
    'Maximize',
    ` obj: ${terms.length > 0 ? wrap(terms) : '0 x_none'}`,
    'Subject To',
    ...rows.map((line) => ` ${line}`),
    'Bounds',
    ...bounds.map((line) => ` ${line}`),
    'Binary',
    ...chunk(binaries, 10).map((names) => ` ${names.join(' ')}`),
    'End',
    '',
  ].join('\n');
  return { lp, placementOf };
}

export interface ExactResult {
  /** 'optimal' when HiGHS proved it; otherwise the best it found within the time limit. */
  status: 'optimal' | 'time-limit' | 'failed';
  total: number | null;
  dualBound: number | null;
  mipGap: number | null;
  seconds: number;
  placements: SchedulePlacement[];
}

export async function solveExactly(
  instance: ScheduleInstance,
  options: { timeLimitSeconds?: number } = {},
): Promise<ExactResult> {
  const highs = await loadHighs();
  const { lp, placementOf } = buildScheduleLp(instance);
  const started = performance.now();
  return highs.withModel({ format: 'lp', data: lp }, (model): ExactResult => {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds ?? 600,
      mip_rel_gap: 0,
      // Every integral y has an integral best objective, so a gap below 1 proves optimality.
      mip_abs_gap: 0.999,
    });
    model.run();
    const seconds = (performance.now() - started) / 1000;
    const status = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    const hasSolution = Number(model.info.get('primal_solution_status')) === 2;
    if (!hasSolution) {
      return {
        status: 'failed',
        total: null,
        dualBound: null,
        mipGap: null,
        seconds,
        placements: [],
      };
    }
    const colValue = model.getSolution().colValue;
    const placements: SchedulePlacement[] = [];
    for (const [name, placement] of placementOf) {
      if ((colValue[model.getColByName(name)] ?? 0) > 0.5) placements.push(placement);
    }
    return {
      status: status === codes.optimal ? 'optimal' : 'time-limit',
      total: Math.round(model.getObjectiveValue()),
      dualBound: Number(model.info.get('mip_dual_bound')),
      mipGap: Number(model.info.get('mip_gap')),
      seconds,
      placements,
    };
  });
}

/**
 * Slots with the same blocked rooms and no pinned or fixed session are interchangeable, so
 * B&B would explore every permutation of them. Keep only solutions where such slots are ordered
 * by the lowest-numbered session they hold: session i may use the j-th slot of a group only
 * if a session before i uses the (j−1)-th.
 */
function slotSymmetryRows(
  m: ReturnType<typeof compileInstance>,
  yBy: (string | null)[][],
): string[] {
  const pinnedSlots = new Set<number>();
  for (let s = 0; s < m.sessions; s++) {
    if (m.fixedCell[s]! >= 0) pinnedSlots.add(Math.floor(m.fixedCell[s]! / m.rooms));
  }
  const groups = new Map<string, number[]>();
  for (let t = 0; t < m.slots; t++) {
    if (pinnedSlots.has(t)) continue;
    const signature = Array.from(m.blocked.subarray(t * m.rooms, (t + 1) * m.rooms)).join('');
    groups.set(signature, [...(groups.get(signature) ?? []), t]);
  }
  const movable = yBy.filter((ys, s) => m.fixedCell[s]! < 0 && ys.some((y) => y !== null));
  const rows: string[] = [];
  for (const slots of groups.values()) {
    for (let j = 1; j < slots.length; j++) {
      const before: string[] = [];
      movable.forEach((ys, i) => {
        const y = ys[slots[j]!];
        if (y)
          rows.push(`sym_${slots[j]}_${i}: + ${y}${before.length ? ` ${wrap(before)}` : ''} <= 0`);
        const previous = ys[slots[j - 1]!];
        if (previous) before.push(`- ${previous}`);
      });
    }
  }
  return rows;
}

function plus(name: string): string {
  return `+ ${name}`;
}

/** Keeps LP lines short; some LP readers choke on very long ones. */
function wrap(terms: string[]): string {
  return chunk(terms, 12)
    .map((part) => part.join(' '))
    .join('\n   ');
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
