import { createResource, Show } from 'solid-js';
import { qrSvg } from './qr-svg';

/** A QR code as an SVG image: the markup goes into a data URL, never into the DOM. */
export function QrImage(props: { url: string; alt: string; size?: number; ink?: string }) {
  const [svg] = createResource(
    () => [props.url, props.ink] as const,
    ([url, ink]) => qrSvg(url, ink),
  );
  return (
    <Show when={svg()}>
      {(markup) => (
        <img
          class="qr"
          src={`data:image/svg+xml;utf8,${encodeURIComponent(markup())}`}
          alt={props.alt}
          width={props.size ?? 200}
          height={props.size ?? 200}
          data-testid="qr"
        />
      )}
    </Show>
  );
}
