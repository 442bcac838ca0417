import { describe, expect, it } from 'vitest';
import { createTurnGate } from '../../server/live/turn-gate';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A gate on a clock that only the jobs move: each job "takes" `cost` ms. */
function gateWithClock(budgetMs: number) {
  let clock = 0;
  const errors: unknown[] = [];
  const gate = createTurnGate(
    budgetMs,
    (err) => errors.push(err),
    () => clock,
  );
  const ran: number[] = [];
  const job = (id: number, cost: number) => () => {
    clock += cost;
    ran.push(id);
  };
  return { gate, ran, job, errors };
}

describe('createTurnGate', () => {
  it('runs work at once while the turn has budget left', () => {
    const { gate, ran, job } = gateWithClock(10);
    gate.run(job(1, 4));
    gate.run(job(2, 4));
    expect(ran).toEqual([1, 2]);
    expect(gate.waiting).toBe(0);
  });

  it('holds what exceeds the budget for later turns, in order, a budget per turn', async () => {
    const { gate, ran, job } = gateWithClock(10);
    for (let id = 1; id <= 7; id++) gate.run(job(id, 4));
    // 4 + 4 + 4 ms: the third job started within budget, the rest wait.
    expect(ran).toEqual([1, 2, 3]);
    expect(gate.waiting).toBe(4);
    await nextTurn();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6]);
    await nextTurn();
    expect(ran).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(gate.waiting).toBe(0);
  });

  it('lets nothing overtake work that is waiting', async () => {
    const { gate, ran, job } = gateWithClock(10);
    gate.run(job(1, 12));
    gate.run(job(2, 1));
    await nextTurn();
    gate.run(job(3, 1));
    await nextTurn();
    expect(ran).toEqual([1, 2, 3]);
  });

  it('gives a new turn a new budget', async () => {
    const { gate, ran, job } = gateWithClock(10);
    gate.run(job(1, 12));
    await nextTurn();
    gate.run(job(2, 1));
    expect(ran).toEqual([1, 2]);
  });

  it('still runs one job a turn when the budget is nothing', async () => {
    const { gate, ran, job } = gateWithClock(0);
    gate.run(job(1, 1));
    gate.run(job(2, 1));
    expect(ran).toEqual([]);
    await nextTurn();
    expect(ran).toEqual([1]);
    await nextTurn();
    expect(ran).toEqual([1, 2]);
  });

  it('reports a failing job and runs the ones behind it', async () => {
    const { gate, ran, job, errors } = gateWithClock(10);
    gate.run(job(1, 12));
    gate.run(() => {
      throw new Error('boom');
    });
    gate.run(job(3, 1));
    await nextTurn();
    expect(ran).toEqual([1, 3]);
    expect(errors).toHaveLength(1);
  });
});
