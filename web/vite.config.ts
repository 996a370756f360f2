import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const apiPort = process.env.PORT ?? '3000';

export default defineConfig({
  root: 'web',
  plugins: [preact()],
  // No source maps in the build: CloudFront would serve them to anyone.
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  server: { proxy: { '/api': `http://localhost:${apiPort}` } },
});
