import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { offlinePlugin } from './scripts/offline/vite-plugin';

// The client lives in client/; the server serves the built files from dist/client.
export default defineConfig({
  root: 'client',
  plugins: [solid(), offlinePlugin(), precompress()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // The entry keeps all it imports (the shell, the join and participant pages, the
            // live session): without this, Rolldown moves modules the entry shares with lazy
            // chunks into chunks of their own, and the phone pays a request for each.
            { name: 'index', tags: ['$initial'], priority: 1 },
            // The phone's agenda (live and closed phases) in one chunk with the time helpers it
            // shares with the projector.
            { name: 'agenda', test: /pages[\\/]participant[\\/]agenda-view\.tsx$/ },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}`,
      '/socket.io': { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, ws: true },
    },
  },
});

const COMPRESSIBLE = /\.(js|css|html|svg|json)$/;
// Smaller files gain less than a few hundred bytes; index.html (~0.9 KB) still gains half.
const MIN_BYTES = 512;
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/**
 * Writes `x.br` (brotli, best quality) and `x.gz` (gzip -9) next to every text file of the
 * build over half a kilobyte, once, so the server sends them as they are instead of compressing
 * per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'knyta:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After every file is written, public/ ones included; not after a failed build.
    async closeBundle(error) {
      if (error) return;
      const files = await readdir(outDir, { recursive: true });
      await Promise.all(
        files
          .filter((file) => COMPRESSIBLE.test(file))
          .map(async (file) => {
            const path = join(outDir, file);
            const raw = await readFile(path);
            if (raw.length < MIN_BYTES) return;
            const [br, gz] = await Promise.all([
              brotli(raw, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
                },
              }),
              gzipped(raw, { level: constants.Z_BEST_COMPRESSION }),
            ]);
            await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
          }),
      );
    },
  };
}
