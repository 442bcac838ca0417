import type { Plural } from './plural';

/** English messages of the grid screens; merged into the main dictionary in en.ts. */
export const enGrid = {} satisfies Record<string, string | Plural>;
