import { describe, expect, it } from 'vitest';
import { headerSetFor } from '../../server/plugins/security-headers';

describe('headerSetFor', () => {
  it('gives the API its own set, queries and errors included', () => {
    expect(headerSetFor('/api/health')).toBe('api');
    expect(headerSetFor('/api/events/abc?token=x')).toBe('api');
    expect(headerSetFor('/api/nothing-here')).toBe('api');
  });

  it('lets hashed scripts and styles go without document policies', () => {
    expect(headerSetFor('/assets/index-r-oU_dy6.js')).toBe('script-or-style');
    expect(headerSetFor('/assets/index-B3WdsT4M.css?v=1')).toBe('script-or-style');
  });

  it('treats everything else as a document: pages, the worker, the manifest, images', () => {
    for (const url of [
      '/',
      '/join/ABC234',
      '/admin/x',
      '/sw.js',
      '/manifest.webmanifest',
      '/icons/icon-192.png',
      '/assets/logo.svg',
      '/assets.js',
      '/apix/events',
      '/e/abc?x=/api/',
    ]) {
      expect(headerSetFor(url), url).toBe('document');
    }
  });
});
