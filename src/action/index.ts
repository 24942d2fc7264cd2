import './require-node24.js'
import { run } from './main.js'

// No top-level await: the bundle is CommonJS (scripts/build.mjs), whose chunks load by a plain require.
// Then exit: keep-alive sockets (undici, Octokit) would hold the process open for seconds after the work.
run().then(() => process.exit())
