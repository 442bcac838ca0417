import type { PartDictionary } from './plural';
import type { enGrid } from './grid.en';

/** Svenska for the grid screens: the type makes a missing or extra key a compile error. */
export const svGrid: PartDictionary<typeof enGrid> = {};
