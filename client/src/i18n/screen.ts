import type { MessagePart } from '.';
import { enScreen } from './screen.en';
import { svScreen } from './screen.sv';

/** The projector. */
export const screenMessages: MessagePart = { en: enScreen, sv: svScreen };
