import { createResource, Show } from 'solid-js';

/** A QR code as an SVG image: the markup goes into a data URL, never into the DOM. */
export function QrImage(props: { url: string; alt: string; size?: number }) {
  const [svg] = createResource(
    () => props.url,
    // Loaded on demand: most phones (participants) never show a QR code.
    async (url) => {
      const { default: QRCode } = await import('qrcode');
      return QRCode.toString(url, {
        type: 'svg',
        margin: 1,
        errorCorrectionLevel: 'M',
        color: { dark: '#1d2b2a', light: '#ffffff' },
      });
    },
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
