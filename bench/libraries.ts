// The libraries the action's plan on universal auth loads and evaluates, and no other code of ours: the
// floor under the action's cold start as long as it loads them (section 4). The manifest's fast path needs
// neither `yaml` nor the manifest schema, and replies in the documented form are checked without zod
// (src/providers/infisical/wire-guards.ts), so none of them is here.
// bench/run.mjs bundles this like dist/action (ncc --minify) into .cache/bench-libraries/.
import * as core from '@actions/core'
import { Agent, request } from '../src/http/undici-parts.js'

// Referenced, so that no bundler step can drop an import as unused.
process.exitCode = [core.info, new Agent(), request].every(Boolean) ? 0 : 1
