import type { MessagePart } from '.';
import { enSchedule } from './schedule.en';
import { svSchedule } from './schedule.sv';

/** Suggest schedule, merging and the other scheduling tools. */
export const scheduleMessages: MessagePart = { en: enSchedule, sv: svSchedule };
