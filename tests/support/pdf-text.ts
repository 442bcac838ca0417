import { inflateSync } from 'node:zlib';

/**
 * The text of each page of a PDF that Chromium printed (Skia's writer), in the order it is
 * drawn: enough to tell which page a piece of text landed on. Not a general PDF reader: it
 * knows Skia's shape (objects not in object streams, direct stream lengths, Type0 fonts with a
 * ToUnicode map, glyphs shown with Tj or TJ) and throws on anything else it needs.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const object = (ref: string) => {
    const found = objects.get(Number(ref));
    if (!found) throw new Error(`PDF object ${ref} is missing`);
    return found;
  };
  const pages: string[] = [];
  const walk = (ref: string) => {
    const { dict } = object(ref);
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      for (const kid of refsIn(/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '')) walk(kid);
      return;
    }
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font\s*<<([^>]*)>>/.exec(dict)?.[1] ?? '';
    for (const [, name, ref] of fontDict.matchAll(/\/(\w+)\s+(\d+)\s+0\s+R/g)) {
      const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(object(ref!).dict)?.[1];
      fonts.set(name!, toUnicode ? readCMap(object(toUnicode).stream) : new Map());
    }
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(dict)?.[1] ?? '';
    pages.push(
      refsIn(contents)
        .map((r) => showText(object(r).stream, fonts))
        .join('\n'),
    );
  };
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog\b/.test(o.dict));
  walk(/\/Pages\s+(\d+)\s+0\s+R/.exec(catalog?.dict ?? '')?.[1] ?? '');
  return pages;
}

/** Text as the PDF and the page both hold it, whatever the line breaks and ligatures. */
export const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

const refsIn = (text: string) => [...text.matchAll(/(\d+)\s+0\s+R/g)].map((m) => m[1]!);

function readObjects(pdf: Buffer): Map<number, { dict: string; stream: string }> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream: string }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = m[2]!;
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      objects.set(Number(m[1]), { dict: body, stream: '' });
      continue;
    }
    const dict = body.slice(0, at);
    const length = Number(/\/Length\s+(\d+)(?!\s+0\s+R)/.exec(dict)?.[1]);
    if (!Number.isFinite(length)) throw new Error(`object ${m[1]}: no direct /Length`);
    const start = m.index + m[0].indexOf(body) + at + /stream\r?\n/.exec(body.slice(at))![0].length;
    const raw = pdf.subarray(start, start + length);
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    objects.set(Number(m[1]), { dict, stream: stream.toString('latin1') });
  }
  return objects;
}

const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));

/** A ToUnicode CMap: glyph code → the text it stands for. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, block] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of block!.matchAll(/<(\w+)>\s*<(\w+)>/g)) {
      map.set(parseInt(src!, 16), utf16(dst!));
    }
  }
  for (const [, block] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst, list] of block!.matchAll(
      /<(\w+)>\s*<(\w+)>\s*(?:<(\w+)>|\[([^\]]*)\])/g,
    )) {
      const first = parseInt(lo!, 16);
      const targets = list ? [...list.matchAll(/<(\w+)>/g)].map((t) => utf16(t[1]!)) : null;
      for (let code = first; code <= parseInt(hi!, 16); code++) {
        const base = dst ? utf16(dst) : '';
        map.set(
          code,
          targets
            ? (targets[code - first] ?? '')
            : base.slice(0, -1) +
                String.fromCharCode(base.charCodeAt(base.length - 1) + code - first),
        );
      }
    }
  }
  return map;
}

/** What a content stream shows, a line per text object. */
function showText(content: string, fonts: Map<string, Map<number, string>>): string {
  let font = new Map<number, string>();
  let out = '';
  for (const [, name, glyphs, op] of content.matchAll(
    /\/(\w+)\s+[\d.]+\s+Tf|(<[\w\s]*>|\[[^\]]*\])\s*(Tj|TJ)|\bET\b/g,
  )) {
    if (name) font = fonts.get(name) ?? new Map();
    else if (op) {
      for (const [, hex] of glyphs!.matchAll(/<(\w*)>/g)) {
        for (const code of hex!.match(/.{4}/g) ?? []) out += font.get(parseInt(code, 16)) ?? '';
      }
    } else out += '\n';
  }
  return out;
}
