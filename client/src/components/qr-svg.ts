/** The colour of a QR code's modules on screen: the app's ink. Paper wants black. */
export const QR_INK = '#1d2b2a';

/**
 * A QR code as SVG markup, with a one-module margin (the white around it on the page adds to
 * the quiet zone). `qrcode` is loaded on demand: most phones (participants) never show one.
 */
export async function qrSvg(url: string, ink = QR_INK): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toString(url, {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: ink, light: '#ffffff' },
  });
}
