import { afterAll, expect } from 'vitest';
import { takePolicyViolations } from '../support/browser';

// Every end-to-end file doubles as a Content-Security-Policy check of the pages it visits:
// after its own clean-up, nothing a page did may have been refused.
afterAll(() => {
  expect(takePolicyViolations()).toEqual([]);
});
