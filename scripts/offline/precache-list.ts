/** The parts of a Rolldown output chunk (or asset) the precache list reads. */
export interface BuiltFile {
  type: 'chunk' | 'asset';
  fileName: string;
  name?: string | undefined;
  isEntry?: boolean;
  imports?: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

/**
 * What the participant's page needs to start without a network: index.html, the entry chunk
 * and the `lazy` chunks by name (the agenda), with every chunk they import statically and the
 * CSS Vite split off them, as root-relative URLs in a stable order. The facilitator's and the
 * projector's chunks stay out: a phone must not download them just to be ready offline.
 */
export function precacheList(
  bundle: Readonly<Record<string, BuiltFile>>,
  lazy: readonly string[],
): string[] {
  const files = new Set(['index.html']);
  const visit = (fileName: string) => {
    const chunk = bundle[fileName];
    if (!chunk || files.has(fileName)) return;
    files.add(fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const file of Object.values(bundle)) {
    if (file.type === 'chunk' && (file.isEntry || lazy.includes(file.name ?? ''))) {
      visit(file.fileName);
    }
  }
  return [...files].sort().map((file) => `/${file}`);
}
