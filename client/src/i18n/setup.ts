import type { MessagePart } from '.';
import { enSetup } from './setup.en';
import { svSetup } from './setup.sv';

/** Creating and setting up an event: the home page and the facilitator's pages. */
export const setupMessages: MessagePart = { en: enSetup, sv: svSetup };
