import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';
import { drawIcon, encodePng } from './png-icon';
import { precacheList, type BuiltFile } from './precache-list';
import { serviceWorker, strategyFor } from './service-worker';

/**
 * The participant's lazy chunks a phone needs offline: the agenda (vite.config.ts names it), a
 * session's notes page (a door sheet's QR code leads there; it keeps a copy of what it showed)
 * and the note that says a page shows the device's copy (client/src/offline/offline-note.ts).
 */
const OFFLINE_CHUNKS = ['agenda', 'notes-page', 'offline-note'];

const ICONS = [
  { src: '/icons/icon-192.png', size: 192, maskable: false },
  { src: '/icons/icon-512.png', size: 512, maskable: false },
  { src: '/icons/icon-maskable-512.png', size: 512, maskable: true },
];

/** What Chromium needs to offer "Install": a name, a start URL, standalone, 192 and 512 PNGs. */
export const MANIFEST = {
  name: 'Knyta',
  short_name: 'Knyta',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: '#0d5c57', // --accent, as index.html's theme-color
  background_color: '#f6f2ea', // --paper
  icons: ICONS.map(({ src, size, maskable }) => ({
    src,
    sizes: `${size}x${size}`,
    type: 'image/png',
    purpose: maskable ? 'maskable' : 'any',
  })),
};

/** The source of `sw.js`: the two functions of service-worker.ts, called with the build's data. */
export function serviceWorkerSource(cacheName: string, precache: readonly string[]): string {
  const args = [JSON.stringify(cacheName), JSON.stringify(precache), strategyFor.toString()];
  return `(${serviceWorker.toString()})(self, ${args.join(', ')});\n`;
}

/**
 * Writes `sw.js`, the web app manifest and its PNG icons into the build. A dozen lines of our
 * own worker rather than vite-plugin-pwa: that brings Workbox (a runtime of its own in the
 * worker, and dozens of packages at build time) for what two caching rules do here, and its
 * defaults cache more than the phone's route. The cache's name is a hash of the precached
 * files' names (content-hashed by Vite) and of index.html, so every new build gets a new one.
 */
export function offlinePlugin(): Plugin {
  return {
    name: 'knyta:offline',
    apply: 'build',
    async writeBundle({ dir: outDir = '' }, bundle) {
      const precache = precacheList(bundle as unknown as Record<string, BuiltFile>, OFFLINE_CHUNKS);
      const html = await readFile(join(outDir, 'index.html'));
      const hash = createHash('sha256').update(precache.join('\n')).update(html);
      const cacheName = `knyta-${hash.digest('hex').slice(0, 12)}`;
      const { code } = await transform(serviceWorkerSource(cacheName, precache), { minify: true });
      await mkdir(join(outDir, 'icons'), { recursive: true });
      await Promise.all([
        writeFile(join(outDir, 'sw.js'), code),
        writeFile(join(outDir, 'manifest.webmanifest'), JSON.stringify(MANIFEST)),
        ...ICONS.map(({ src, size, maskable }) =>
          writeFile(join(outDir, src), encodePng(size, drawIcon(size, maskable))),
        ),
      ]);
    },
  };
}
