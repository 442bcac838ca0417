/** The longest note: a few paragraphs typed on a phone, not a document. */
export const NOTE_MAX_LENGTH = 2000;
