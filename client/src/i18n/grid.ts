import type { MessagePart } from '.';
import { enGrid } from './grid.en';
import { svGrid } from './grid.sv';

/** The schedule grid and the facilitator's tabs. */
export const gridMessages: MessagePart = { en: enGrid, sv: svGrid };
