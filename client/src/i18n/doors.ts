import type { MessagePart } from '.';
import { enDoors } from './doors.en';
import { svDoors } from './doors.sv';

/** The door sheets, loaded with their chunk. */
export const doorsMessages: MessagePart = { en: enDoors, sv: svDoors };
