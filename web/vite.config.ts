import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { transform } from 'esbuild';
import { defineConfig, type Plugin } from 'vite';

const apiPort = process.env.PORT ?? '3000';

/** The modules whose chunks a reload of the questionnaire needs offline, beside the entry. */
const OFFLINE_MODULES = ['/src/pages/respond.tsx', '/src/i18n/en.ts', '/src/i18n/fr.ts', '/src/i18n/de.ts'];

/**
 * Emits sw.js: the hand-written worker in web/service-worker.js with the precache list taken
 * from this build's bundle (index.html, then every JS and CSS file the entry and the
 * questionnaire load statically) and a version derived from that list, so each deploy gets its
 * own cache and the previous one is deleted.
 */
const serviceWorker = (): Plugin => ({
  name: 'pmo-service-worker',
  apply: 'build',
  async generateBundle(_options, bundle) {
    const chunks = Object.values(bundle).flatMap((o) => (o.type === 'chunk' ? [o] : []));
    const files = new Set<string>();
    const add = (fileName: string) => {
      const chunk = chunks.find((c) => c.fileName === fileName);
      if (!chunk || files.has(chunk.fileName)) return;
      files.add(chunk.fileName);
      for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
      for (const dep of chunk.imports) add(dep);
    };
    for (const chunk of chunks) {
      const id = chunk.facadeModuleId?.replaceAll('\\', '/') ?? '';
      if (chunk.isEntry || OFFLINE_MODULES.some((m) => id.endsWith(m))) add(chunk.fileName);
    }
    const precache = ['/index.html', ...[...files].sort().map((f) => `/${f}`)];
    const version = createHash('sha256').update(precache.join('\n')).digest('hex').slice(0, 12);
    const source = readFileSync(fileURLToPath(new URL('./service-worker.js', import.meta.url)), 'utf8')
      .replace('__VERSION__', version)
      .replace('__PRECACHE__', JSON.stringify(precache));
    const { code } = await transform(source, { minify: true, target: 'es2022' });
    this.emitFile({ type: 'asset', fileName: 'sw.js', source: code });
  },
});

export default defineConfig({
  root: 'web',
  plugins: [preact(), serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No source maps in the build: CloudFront would serve them to anyone.
    sourcemap: false,
    // Every browser that runs es2022 follows <link rel="modulepreload"> (or ignores it harmlessly):
    // the polyfill would cost every page 0.25 KB.
    modulePreload: { polyfill: false },
  },
  server: { proxy: { '/api': `http://localhost:${apiPort}` } },
});
