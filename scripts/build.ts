// Usage: tsx scripts/build.ts [--release] [--watch]
// Development builds (the default) carry source maps; --release builds have none.
import { buildExtension } from './build-extension.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--release' && arg !== '--watch' && arg !== '--dev');
if (unknown.length > 0) {
  console.error(`build: unknown option ${unknown.join(' ')} (expected --release, --dev or --watch)`);
  process.exit(2);
}

const watch = args.includes('--watch');
try {
  await buildExtension({ release: args.includes('--release'), watch });
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (watch) console.log('watching src/, icons/ and manifest.json; Ctrl+C stops');
