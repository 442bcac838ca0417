import type { CompiledInstance } from './compile-instance';
import { slotRoomsOf, type SlotRooms } from './slot-rooms';

/** Returned by moveDelta when a move would put a host in two sessions at once. */
export const INFEASIBLE = -Infinity;

/**
 * A grid under search with everything needed to price a change without rescanning the grid:
 * for each (voter, slot) how many placed sessions the voter gave each dot level, and the best
 * level present. Pricing a move therefore costs O(voters of the sessions it touches).
 * Moves keep each slot's rooms in their best arrangement (see slot-rooms.ts), so a move is
 * really "which slot", and its overflow is priced as the two slots' best arrangements.
 */
export class SearchState {
  readonly cellSession: Int32Array;
  readonly sessionCell: Int32Array;
  readonly sessionSlot: Int32Array;
  honoured = 0;
  overflow = 0;
  avoid = 0;

  private readonly slotRooms: SlotRooms;
  private readonly slotOverflow: Int32Array;
  private readonly sorted: Int32Array;
  private readonly order: Int32Array;
  private readonly hostBusy: Uint16Array;
  private readonly levels: number;
  private readonly levelCount: Uint16Array | Uint32Array;
  private readonly bestLevel: Int32Array;
  private readonly afterLevel: Int32Array;
  private readonly mark: Int32Array;
  private stamp = 0;

  constructor(readonly model: CompiledInstance) {
    const { rooms, slots, sessions, voters, hosts } = model;
    this.cellSession = new Int32Array(rooms * slots).fill(-1);
    this.sessionCell = new Int32Array(sessions).fill(-1);
    this.sessionSlot = new Int32Array(sessions).fill(-1);
    this.slotRooms = slotRoomsOf(model);
    this.slotOverflow = new Int32Array(slots);
    this.sorted = new Int32Array(rooms + 1);
    this.order = new Int32Array(rooms);
    this.hostBusy = new Uint16Array(hosts * slots);
    this.levels = model.levelValue.length;
    const size = voters * slots * this.levels;
    // One (voter, slot, level) counter is at most the number of rooms.
    this.levelCount = rooms < 65_535 ? new Uint16Array(size) : new Uint32Array(size);
    this.bestLevel = new Int32Array(voters * slots);
    this.afterLevel = new Int32Array(voters);
    this.mark = new Int32Array(voters);
  }

  get total(): number {
    return this.honoured - this.overflow - this.model.avoidPenalty * this.avoid;
  }

  place(s: number, cell: number): void {
    const m = this.model;
    const { slots, voters } = m;
    const t = Math.floor(cell / m.rooms);
    this.avoid += this.partnersIn(s, t, -1);
    this.cellSession[cell] = s;
    this.sessionCell[s] = cell;
    this.sessionSlot[s] = t;
    const overflow = m.overflowCost[s * m.rooms + cell - t * m.rooms]!;
    this.overflow += overflow;
    this.slotOverflow[t]! += overflow;
    for (let i = m.hostStart[s]!, end = m.hostStart[s + 1]!; i < end; i++) {
      this.hostBusy[m.hostList[i]! * slots + t]! += 1;
    }
    const L = this.levels;
    for (let i = m.voteStart[s]!, end = m.voteStart[s + 1]!; i < end; i++) {
      const at = t * voters + m.voteVoter[i]!;
      const k = m.voteLevel[i]!;
      this.levelCount[at * L + k]! += 1;
      const best = this.bestLevel[at]!;
      if (k > best) {
        this.honoured += m.levelValue[k]! - m.levelValue[best]!;
        this.bestLevel[at] = k;
      }
    }
  }

  unplace(s: number): void {
    const m = this.model;
    const { slots, voters } = m;
    const cell = this.sessionCell[s]!;
    const t = this.sessionSlot[s]!;
    this.cellSession[cell] = -1;
    this.sessionCell[s] = -1;
    this.sessionSlot[s] = -1;
    this.avoid -= this.partnersIn(s, t, -1);
    const overflow = m.overflowCost[s * m.rooms + cell - t * m.rooms]!;
    this.overflow -= overflow;
    this.slotOverflow[t]! -= overflow;
    for (let i = m.hostStart[s]!, end = m.hostStart[s + 1]!; i < end; i++) {
      this.hostBusy[m.hostList[i]! * slots + t]! -= 1;
    }
    const L = this.levels;
    const counts = this.levelCount;
    for (let i = m.voteStart[s]!, end = m.voteStart[s + 1]!; i < end; i++) {
      const at = t * voters + m.voteVoter[i]!;
      const k = m.voteLevel[i]!;
      const left = (counts[at * L + k]! -= 1);
      if (left === 0 && k === this.bestLevel[at]) {
        let below = k - 1;
        while (below > 0 && counts[at * L + below] === 0) below--;
        this.honoured -= m.levelValue[k]! - m.levelValue[below]!;
        this.bestLevel[at] = below;
      }
    }
  }

  /**
   * The change in total if session `s` moves into the slot of `cell` (or off the grid when
   * cell is -1) and whoever sits in `cell` takes the slot `s` leaves (or leaves the grid).
   * The caller makes sure neither session is fixed, `cell` is usable, and the slots differ.
   */
  moveDelta(s: number, cell: number): number {
    const m = this.model;
    const from = this.sessionCell[s]!;
    const t0 = from < 0 ? -1 : this.sessionSlot[s]!;
    if (cell < 0) {
      return (
        this.slotDelta(t0, s, -1) -
        (this.arrangedOverflow(t0, s, -1) - this.slotOverflow[t0]!) +
        m.avoidPenalty * this.partnersIn(s, t0, -1)
      );
    }
    const t = Math.floor(cell / m.rooms);
    const other = this.cellSession[cell]!;
    if (!this.hostsFree(s, t, other)) return INFEASIBLE;
    if (other >= 0 && from >= 0 && !this.hostsFree(other, t0, s)) return INFEASIBLE;

    let honoured = this.slotDelta(t, other, s);
    let overflow = this.arrangedOverflow(t, other, s) - this.slotOverflow[t]!;
    let avoid = this.partnersIn(s, t, other);
    if (from >= 0) {
      honoured += this.slotDelta(t0, s, other);
      overflow += this.arrangedOverflow(t0, s, other) - this.slotOverflow[t0]!;
      avoid -= this.partnersIn(s, t0, -1);
    }
    if (other >= 0) {
      avoid -= this.partnersIn(other, t, -1);
      if (from >= 0) avoid += this.partnersIn(other, t0, s);
    }
    return honoured - overflow - m.avoidPenalty * avoid;
  }

  /** Carries out the move priced by moveDelta(s, cell). */
  applyMove(s: number, cell: number): void {
    const from = this.sessionCell[s]!;
    const t0 = from < 0 ? -1 : this.sessionSlot[s]!;
    const other = cell < 0 ? -1 : this.cellSession[cell]!;
    if (from >= 0) this.unplace(s);
    if (other >= 0) this.unplace(other);
    if (cell >= 0) this.place(s, cell);
    if (other >= 0 && from >= 0) this.place(other, from);
    if (cell >= 0) this.arrangeRooms(Math.floor(cell / this.model.rooms));
    if (t0 >= 0) this.arrangeRooms(t0);
  }

  /** Overflow of slot `t` in its best arrangement once `out` left and `inn` joined (-1: none). */
  arrangedOverflow(t: number, out: number, inn: number): number {
    const m = this.model;
    const R = m.rooms;
    let n = 0;
    for (let cell = t * R, end = cell + R; cell < end; cell++) {
      const s = this.cellSession[cell]!;
      if (s >= 0 && s !== out && m.fixedCell[s]! < 0) n = this.insertSorted(n, m.voterCount[s]!);
    }
    if (inn >= 0) n = this.insertSorted(n, m.voterCount[inn]!);
    const sorted = this.sorted;
    const capacity = this.slotRooms.capacity;
    let overflow = this.slotRooms.fixedOverflow[t]!;
    for (let i = 0, at = this.slotRooms.start[t]!; i < n; i++, at++) {
      overflow += Math.max(0, sorted[i]! - capacity[at]!);
    }
    return overflow;
  }

  /** Inserts into the first n entries of `sorted`, kept in descending order. */
  private insertSorted(n: number, count: number): number {
    const sorted = this.sorted;
    let i = n;
    for (; i > 0 && sorted[i - 1]! < count; i--) sorted[i] = sorted[i - 1]!;
    sorted[i] = count;
    return n + 1;
  }

  /** Moves the movable sessions of slot `t` to their best rooms (see slot-rooms.ts). */
  arrangeRooms(t: number): void {
    const m = this.model;
    const R = m.rooms;
    const { voterCount, overflowCost } = m;
    const order = this.order;
    let n = 0;
    for (let cell = t * R; cell < (t + 1) * R; cell++) {
      const s = this.cellSession[cell]!;
      if (s < 0 || m.fixedCell[s]! >= 0) continue;
      this.cellSession[cell] = -1;
      this.overflow -= overflowCost[s * R + cell - t * R]!;
      this.slotOverflow[t]! -= overflowCost[s * R + cell - t * R]!;
      // Insertion sort: most voters first, then lowest index, so the layout is canonical.
      let i = n++;
      for (; i > 0; i--) {
        const before = order[i - 1]!;
        const diff = voterCount[before]! - voterCount[s]!;
        if (diff > 0 || (diff === 0 && before < s)) break;
        order[i] = before;
      }
      order[i] = s;
    }
    for (let i = 0, at = this.slotRooms.start[t]!; i < n; i++, at++) {
      const s = order[i]!;
      const r = this.slotRooms.room[at]!;
      this.cellSession[t * R + r] = s;
      this.sessionCell[s] = t * R + r;
      this.overflow += overflowCost[s * R + r]!;
      this.slotOverflow[t]! += overflowCost[s * R + r]!;
    }
  }

  /** Gain in honoured dots in slot `t` if session `out` leaves it and `inn` arrives (-1: none). */
  slotDelta(t: number, out: number, inn: number): number {
    const { voteStart, voteVoter, voteLevel, levelValue } = this.model;
    const { levelCount, bestLevel, afterLevel, mark } = this;
    const L = this.levels;
    const base = t * this.model.voters;
    let delta = 0;
    if (++this.stamp === 0x3fffffff) {
      mark.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp;
    if (out >= 0) {
      for (let i = voteStart[out]!, end = voteStart[out + 1]!; i < end; i++) {
        const v = voteVoter[i]!;
        const at = base + v;
        const best = bestLevel[at]!;
        const k = voteLevel[i]!;
        let after = best;
        if (k === best && levelCount[at * L + k] === 1) {
          after = k - 1;
          while (after > 0 && levelCount[at * L + after] === 0) after--;
          delta += levelValue[after]! - levelValue[best]!;
        }
        afterLevel[v] = after;
        mark[v] = stamp;
      }
    }
    if (inn >= 0) {
      for (let i = voteStart[inn]!, end = voteStart[inn + 1]!; i < end; i++) {
        const v = voteVoter[i]!;
        const now = mark[v] === stamp ? afterLevel[v]! : bestLevel[base + v]!;
        const k = voteLevel[i]!;
        if (k > now) delta += levelValue[k]! - levelValue[now]!;
      }
    }
    return delta;
  }

  /** Whether every host of `s` is free in slot `t` once session `leaving` has left it. */
  hostsFree(s: number, t: number, leaving: number): boolean {
    const m = this.model;
    for (let i = m.hostStart[s]!, end = m.hostStart[s + 1]!; i < end; i++) {
      const h = m.hostList[i]!;
      let busy = this.hostBusy[h * m.slots + t]!;
      if (busy > 0 && leaving >= 0) {
        for (let j = m.hostStart[leaving]!, e = m.hostStart[leaving + 1]!; j < e; j++) {
          if (m.hostList[j] === h) busy--;
        }
      }
      if (busy > 0) return false;
    }
    return true;
  }

  /** Avoid-partners of `s` placed in slot `t`, not counting `except`. */
  partnersIn(s: number, t: number, except: number): number {
    const m = this.model;
    let count = 0;
    for (let i = m.avoidStart[s]!, end = m.avoidStart[s + 1]!; i < end; i++) {
      const p = m.avoidList[i]!;
      if (p !== except && this.sessionSlot[p] === t) count++;
    }
    return count;
  }

  /**
   * Replaces the movable part of the grid by `sessionCell` (a snapshot of this state, or any
   * valid grid, whose rooms are then rearranged).
   */
  restore(sessionCell: Int32Array): void {
    const fixed = this.model.fixedCell;
    for (let s = 0; s < sessionCell.length; s++) {
      if (fixed[s]! < 0 && this.sessionCell[s]! >= 0) this.unplace(s);
    }
    for (let s = 0; s < sessionCell.length; s++) {
      const cell = sessionCell[s]!;
      if (fixed[s]! < 0 && cell >= 0) this.place(s, cell);
    }
    for (let t = 0; t < this.model.slots; t++) this.arrangeRooms(t);
  }
}
