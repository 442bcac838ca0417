import type { MessagePart } from '.';
import { enAgenda } from './agenda.en';
import { svAgenda } from './agenda.sv';

/** The published agenda on a phone, loaded with it in the live phase. */
export const agendaMessages: MessagePart = { en: enAgenda, sv: svAgenda };
