import type { Plural } from './plural';

/** English messages of the screen screens; merged into the main dictionary in en.ts. */
export const enScreen = {} satisfies Record<string, string | Plural>;
