import type { MessagePart } from '.';
import { enNotes } from './notes.en';
import { svNotes } from './notes.sv';

/** The notes page's messages, loaded with its chunk (and the proceedings', which list notes). */
export const notesMessages: MessagePart = { en: enNotes, sv: svNotes };
