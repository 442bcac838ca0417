import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every regular file under `root`, as a path relative to it with `/`. Like the glob that
 * @fastify/static ran, it leaves out dotfiles; it also leaves out symbolic links, so nothing
 * outside the build can be reached through one.
 */
export function listFiles(root: string, dir = ''): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const name = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) return listFiles(root, name);
    return entry.isFile() ? [name] : [];
  });
}
