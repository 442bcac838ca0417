/** A message that depends on a count: `{count}` picks the form by the language's plural rules. */
export interface Plural {
  one: string;
  other: string;
}

/** Another language's version of a part of the English dictionary: same keys, same plurals. */
export type PartDictionary<T> = {
  readonly [K in keyof T]: T[K] extends Plural ? Plural : string;
};
