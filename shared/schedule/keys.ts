import type { CellRef } from './instance';

/** One string for two ids, unambiguous whatever characters the ids hold (U+0000 included). */
export const pairKey = (a: string, b: string): string => JSON.stringify([a, b]);

export const cellKey = (cell: CellRef): string => pairKey(cell.roomId, cell.slotId);
