import './require-node24.js'
import { run } from './main.js'

await run()
// Keep-alive sockets (undici, Octokit) would hold the process open for seconds after the work is done.
process.exit()
