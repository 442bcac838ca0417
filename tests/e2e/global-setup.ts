import { ensureClientBuilt } from './build-client';

/** The end-to-end tests drive the built client, as `npm start` serves it. */
export default async function setup(): Promise<void> {
  await ensureClientBuilt();
}
