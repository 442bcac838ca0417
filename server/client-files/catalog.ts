import { join } from 'node:path';
import { contentTypeOf } from '../http/content-types';
import type { Coding } from '../http/negotiate';

/** Vite names everything under assets/ by its content hash: a new build means new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the rest may change with any deploy: revalidate (a 304) on every visit. */
const REVALIDATE = 'no-cache';

/** Where the build put a file's compressed twins (vite.config.ts); br first, as we prefer it. */
export const TWIN_SUFFIX = { br: '.br', gzip: '.gz' } as const satisfies Record<Coding, string>;
const CODINGS = Object.keys(TWIN_SUFFIX) as Coding[];

/** One file of the built client, as the server answers for it. */
export interface ClientFile {
  path: string;
  type: string;
  cacheControl: string;
  /** The codings it has a compressed twin in. */
  codings: readonly Coding[];
}

/**
 * The client's files by URL path, from the build's file names (relative to `root`, with `/`):
 * each file once, with the twins it has; the twins themselves are no URL of their own. A name
 * Fastify's router would read as a parameter or a wildcard (`:`, `*`), or that would need
 * escaping in a URL, is left out and reported: Vite writes none.
 */
export function catalog(root: string, names: readonly string[]) {
  const present = new Set(names);
  const files = new Map<string, ClientFile>();
  const skipped: string[] = [];
  for (const name of names) {
    if (CODINGS.some((coding) => name.endsWith(TWIN_SUFFIX[coding]))) continue;
    if (!/^[\w./~@+-]+$/.test(name)) {
      skipped.push(name);
      continue;
    }
    files.set(`/${name}`, {
      path: join(root, name),
      type: contentTypeOf(name),
      cacheControl: name.startsWith('assets/') ? IMMUTABLE : REVALIDATE,
      codings: CODINGS.filter((coding) => present.has(name + TWIN_SUFFIX[coding])),
    });
  }
  return { files, skipped };
}
