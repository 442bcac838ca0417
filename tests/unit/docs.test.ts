import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/errors';
import { VERSIONED_FACTS, type FactName } from '../../shared/events';

const doc = (name: string) => readFileSync(new URL(`../../docs/${name}`, import.meta.url), 'utf8');

/** Every fact a client can receive; the type map keeps this list honest (see below). */
const ALL_FACTS = [
  ...VERSIONED_FACTS,
  'vote:changed',
  'ballot:changed',
  'history:changed',
  'avoid:changed',
  'stars:changed',
  'star:changed',
] as const;

describe('the documentation', () => {
  it('gives every error code a row with its status in docs/api.md', () => {
    const api = doc('api.md');
    for (const code of ERROR_CODES) {
      expect(api, code).toMatch(new RegExp(`\\| \`${code}\` +\\| \\d{3} +\\| \\S`));
    }
  });

  it('gives every live fact a row in docs/protocol.md, versioned ones with their version', () => {
    const protocol = doc('protocol.md');
    for (const name of ALL_FACTS) expect(protocol, name).toContain(`\`${name}\``);
    const row = (name: string) => protocol.split('\n').find((l) => l.includes(`\`${name}\``));
    for (const name of [...VERSIONED_FACTS, 'vote:changed']) {
      expect(row(name), name).toMatch(/version \}/);
    }
  });
});

// A fact added to shared/events.ts without a place in ALL_FACTS fails the typecheck here.
type Missing = Exclude<FactName, (typeof ALL_FACTS)[number]>;
const complete: [Missing] extends [never] ? true : false = true;
void complete;
