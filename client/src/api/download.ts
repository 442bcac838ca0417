import { errorFrom, send } from './http';

/**
 * Fetches a file that needs the admin token and saves it. The token travels in the
 * Authorization header as on every other call: a link with the token in its query would leave
 * it in the server's and any proxy's access log and in the browser's history.
 */
export async function downloadWithToken(path: string, token: string, fallbackName: string) {
  const res = await send(path, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) {
    throw errorFrom(res.status, await res.json().catch(() => null), res.headers.get('retry-after'));
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser's download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
