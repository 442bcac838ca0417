import type { MessagePart } from '.';
import { enProceedings } from './proceedings.en';
import { svProceedings } from './proceedings.sv';

/** The proceedings page, loaded with its chunk. */
export const proceedingsMessages: MessagePart = { en: enProceedings, sv: svProceedings };
