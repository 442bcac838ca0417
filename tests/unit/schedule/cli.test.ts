import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkHardRules } from '../../../shared/schedule/hard-rules';
import type { ScheduleInstance } from '../../../shared/schedule/instance';
import { scoreSchedule } from '../../../shared/schedule/score';

const ROOT = join(import.meta.dirname, '..', '..', '..');
let dir = '';

function run(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/schedule.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function valid(): ScheduleInstance {
  return {
    rooms: [
      { id: 'hall', capacity: 3 },
      { id: 'nook', capacity: 1 },
    ],
    slots: [{ id: 'am' }, { id: 'pm' }],
    blocked: [{ roomId: 'nook', slotId: 'pm' }],
    sessions: [
      { id: 'a', hosts: ['ann'] },
      { id: 'b', hosts: ['ann'] },
      { id: 'c', hosts: ['bob'], pinned: { roomId: 'nook', slotId: 'am' } },
    ],
    votes: [
      { voterId: 'v1', sessionId: 'a', dots: 3 },
      { voterId: 'v2', sessionId: 'a', dots: 1 },
      { voterId: 'v1', sessionId: 'b', dots: 2 },
      { voterId: 'v3', sessionId: 'c', dots: 1 },
    ],
    avoidParallel: [['a', 'c']],
  };
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'knyta-schedule-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run schedule', () => {
  it('prints only { placements, score } as JSON', () => {
    const instance = valid();
    const { status, stdout, stderr } = run(
      file('ok.json', instance),
      '--seconds',
      '0.5',
      '--seed',
      '3',
    );
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(output).sort()).toEqual(['placements', 'score']);
    const { placements, score } = output as ReturnType<typeof JSON.parse>;
    for (const placement of placements) {
      expect(Object.keys(placement).sort()).toEqual(['roomId', 'sessionId', 'slotId']);
    }
    expect(Object.keys(score).sort()).toEqual(['avoid', 'honoured', 'overflow', 'total']);
    expect(checkHardRules(instance, placements)).toEqual({ ok: true });
    expect(score).toEqual(scoreSchedule(instance, placements));
    // Every dot honoured: a and b share a host, a must not run alongside the pinned c.
    expect(score).toEqual({ honoured: 7, overflow: 0, avoid: 0, total: 7 });
  });

  it('ends quietly when its reader has gone before the answer (| head -c 0)', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/schedule.ts', file('gone.json', valid()), '--seconds', '0.2'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((done) => child.on('close', done));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
  });

  const errors: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'nope.json')], /cannot read .*nope\.json/],
    ['malformed JSON', () => [file('broken.json', '{"rooms": [')], /not valid JSON/],
    [
      'an unknown session in a vote',
      () => {
        const instance = valid();
        instance.votes[0]!.sessionId = 'ghost';
        return [file('unknown.json', instance)];
      },
      /unknown session "ghost"/,
    ],
    [
      'an unknown room in a pin',
      () => {
        const instance = valid();
        instance.sessions[2]!.pinned = { roomId: 'attic', slotId: 'am' };
        return [file('unknown-room.json', instance)];
      },
      /unknown room "attic"/,
    ],
    [
      'a duplicate id',
      () => {
        const instance = valid();
        instance.slots.push({ id: 'am' });
        return [file('duplicate.json', instance)];
      },
      /duplicate slot id "am"/,
    ],
    [
      'dots ≤ 0',
      () => {
        const instance = valid();
        instance.votes[1]!.dots = 0;
        return [file('zero.json', instance)];
      },
      /votes\[1\]\.dots/,
    ],
    [
      'a pin on a blocked cell',
      () => {
        const instance = valid();
        instance.sessions[2]!.pinned = { roomId: 'nook', slotId: 'pm' };
        return [file('pin-blocked.json', instance)];
      },
      /pinned on blocked cell/,
    ],
    [
      'two pins in one cell',
      () => {
        const instance = valid();
        instance.sessions[0]!.pinned = { roomId: 'nook', slotId: 'am' };
        return [file('two-pins.json', instance)];
      },
      /both pinned/,
    ],
    ['an unknown flag', () => [file('flag.json', valid()), '--fast'], /unknown option "--fast"/],
    ['a bad --seconds', () => [file('secs.json', valid()), '--seconds', '-1'], /--seconds/],
    ['a bad --seed', () => [file('seed.json', valid()), '--seed', 'x'], /--seed/],
    ['no instance file', () => ['--seconds', '1'], /missing the instance file/],
  ];

  it.each(errors)(
    'exits 2 on %s, with one line on stderr and nothing on stdout',
    (_, args, reason) => {
      const { status, stdout, stderr } = run(...args());
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(reason);
      expect(stderr.endsWith('\n')).toBe(true);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    },
  );
});
