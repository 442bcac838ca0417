import { defineConfig } from 'vitest/config';

// Separate from vite.config.ts so vite-plugin-solid does not switch server tests to jsdom.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // Builds the client with Vite when dist/client is missing or older than its sources.
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Fails a file whose pages met a Content-Security-Policy violation.
          setupFiles: ['tests/e2e/policy-violations.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
