import type { MessagePart } from '.';
import { enPhase } from './phase.en';
import { svPhase } from './phase.sv';

/** Phase changes on the facilitator's pages: publish, confirm, undo. */
export const phaseMessages: MessagePart = { en: enPhase, sv: svPhase };
