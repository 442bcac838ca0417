import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, createBrotliDecompress } from 'node:zlib';

/**
 * The Chromium that @sparticuz/chromium carries inside its npm package (brotli-compressed,
 * with the Open Sans fonts), unpacked once per package version into node_modules/.cache.
 * We unpack it ourselves rather than through the package's `executablePath()`: that one
 * writes to a fixed /tmp/chromium, shared by every checkout and version on the machine, and
 * a second process can start a half-written binary.
 */
export interface NpmChromium {
  executablePath: string;
  /** Environment additions for the browser process: fonts through fontconfig. */
  env: Record<string, string>;
}

const PACKAGE = '@sparticuz/chromium';
const CACHE = fileURLToPath(new URL('../../node_modules/.cache/knyta-chromium/', import.meta.url));

function packageDir(): string {
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  return join(dirname(entry), '..');
}

/**
 * System fonts where the machine has any (Debian's fonts-dejavu-core gives symbols and a
 * monospace), and always the package's Open Sans, which covers Latin text such as å ä ö.
 */
function fontsConf(dir: string): string {
  return `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>${join(dir, 'fonts')}</dir>
  <cachedir>${join(dir, 'fontconfig-cache')}</cachedir>
</fontconfig>
`;
}

/** Unpacks into `dir`, to be renamed to `home` (the fonts.conf names its final paths). */
async function unpack(bin: string, dir: string, home: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  await pipeline(
    createReadStream(join(bin, 'chromium.br')),
    createBrotliDecompress(),
    createWriteStream(join(dir, 'chromium'), { mode: 0o755 }),
  );
  // fonts.tar.br holds fonts/Open_Sans/*.ttf and a fonts.conf for AWS Lambda's paths.
  execFileSync('tar', ['-x', '--no-same-owner', '-C', dir, 'fonts'], {
    input: brotliDecompressSync(readFileSync(join(bin, 'fonts.tar.br'))),
  });
  await writeFile(join(dir, 'fonts.conf'), fontsConf(home));
}

/** Unpacks on first use; concurrent callers each unpack aside and the first rename wins. */
export async function npmChromium(): Promise<NpmChromium> {
  const pkg = packageDir();
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as {
    version: string;
  };
  const dir = join(CACHE, version);
  if (!existsSync(dir)) {
    const aside = `${dir}.${process.pid}.tmp`;
    await rm(aside, { recursive: true, force: true });
    try {
      await unpack(join(pkg, 'bin'), aside, dir);
      await rename(aside, dir);
    } catch (error) {
      await rm(aside, { recursive: true, force: true });
      if (!existsSync(dir)) throw error;
    }
  }
  return {
    executablePath: join(dir, 'chromium'),
    env: { FONTCONFIG_FILE: join(dir, 'fonts.conf') },
  };
}
