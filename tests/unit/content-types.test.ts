import { describe, expect, it } from 'vitest';
import { contentTypeOf } from '../../server/http/content-types';

describe('contentTypeOf', () => {
  it("names the build's files as before, text with its charset", () => {
    expect(contentTypeOf('/srv/dist/client/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('assets/index-DpoMjlZY.js')).toBe('application/javascript; charset=utf-8');
    expect(contentTypeOf('assets/index-B3WdsT4M.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('icon.SVG')).toBe('image/svg+xml');
    expect(contentTypeOf('fonts/inter.woff2')).toBe('font/woff2');
  });

  it('calls what it does not know bytes', () => {
    expect(contentTypeOf('notes.docx')).toBe('application/octet-stream');
    expect(contentTypeOf('LICENSE')).toBe('application/octet-stream');
  });
});
