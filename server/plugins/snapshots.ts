import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createSnapshotCache, type SnapshotCache } from '../snapshots/snapshot-cache';

declare module 'fastify' {
  interface FastifyInstance {
    snapshots: SnapshotCache;
  }
}

export default fp(
  async function snapshotsPlugin(app: FastifyInstance) {
    const cache = createSnapshotCache(app.db);
    // Facilitators' facts may change what only they see without a new version.
    app.live.watchAdminFacts((eventId) => cache.forgetAdmin(eventId));
    app.decorate('snapshots', cache);
  },
  { name: 'snapshots', dependencies: ['db', 'socket'] },
);
