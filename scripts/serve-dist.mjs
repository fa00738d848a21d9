// Serves a built dist/ as a static host would, gzipped, at the root or under a sub-path:
//   node scripts/serve-dist.mjs [--prefix /some/path/] [--port 8081] [DIR]
// For a look at a release build, and for scripts/lighthouse.sh. (`trunk serve` is for
// development; this serves exactly what ships.)
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '../tests/browser/harness.mjs';

const { values, positionals } = parseArgs({
  options: { prefix: { type: 'string', default: '/' }, port: { type: 'string', default: '0' } },
  allowPositionals: true,
});
const prefix = values.prefix.endsWith('/') ? values.prefix : `${values.prefix}/`;
const server = await serve(resolve(positionals[0] ?? 'dist'), { prefix, gzip: true, port: Number(values.port) });
console.log(`http://127.0.0.1:${server.address().port}${prefix}`);
