import { describe, expect, it } from 'vitest';
import { catalog } from '../../server/client-files/catalog';

const BUILD = [
  'index.html',
  'index.html.br',
  'index.html.gz',
  'assets/index-DpoMjlZY.js',
  'assets/index-DpoMjlZY.js.br',
  'assets/index-DpoMjlZY.js.gz',
  'assets/import-file-Bp01_Z7_.js',
  'assets/only-br-x1.css',
  'assets/only-br-x1.css.br',
  'robots.txt',
  'fonts/inter.woff2',
];

describe("the built client's catalog", () => {
  const { files, skipped } = catalog('/srv/client', BUILD);

  it('gives every file one URL, with the twins it has, and the twins none of their own', () => {
    expect([...files.keys()].sort()).toEqual([
      '/assets/import-file-Bp01_Z7_.js',
      '/assets/index-DpoMjlZY.js',
      '/assets/only-br-x1.css',
      '/fonts/inter.woff2',
      '/index.html',
      '/robots.txt',
    ]);
    expect(files.get('/index.html')).toEqual({
      path: '/srv/client/index.html',
      type: 'text/html; charset=utf-8',
      cacheControl: 'no-cache',
      codings: ['br', 'gzip'],
    });
    expect(files.get('/assets/import-file-Bp01_Z7_.js')!.codings).toEqual([]);
    expect(files.get('/assets/only-br-x1.css')!.codings).toEqual(['br']);
    expect(skipped).toEqual([]);
  });

  it('caches hashed assets for good and has the rest revalidated', () => {
    expect(files.get('/assets/index-DpoMjlZY.js')!.cacheControl).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(files.get('/robots.txt')!.cacheControl).toBe('no-cache');
    expect(files.get('/fonts/inter.woff2')!.cacheControl).toBe('no-cache');
  });

  it('leaves out names the router would read as parameters or that need escaping', () => {
    const odd = catalog('/srv/client', [
      'index.html',
      'a:b.js',
      'x*.js',
      'with space.png',
      'é.txt',
    ]);
    expect([...odd.files.keys()]).toEqual(['/index.html']);
    expect(odd.skipped).toEqual(['a:b.js', 'x*.js', 'with space.png', 'é.txt']);
  });
});
