import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// The client lives in client/; the server serves the built files from dist/client.
export default defineConfig({
  root: 'client',
  plugins: [solid()],
  build: { outDir: '../dist/client', emptyOutDir: true, target: 'es2022' },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      '/api': `http://127.0.0.1:${process.env.PORT ?? 3000}`,
      '/socket.io': { target: `http://127.0.0.1:${process.env.PORT ?? 3000}`, ws: true },
    },
  },
});
