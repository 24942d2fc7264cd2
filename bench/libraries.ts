// The libraries the action's plan on universal auth loads and evaluates, and no other code of ours: the
// floor under the action's cold start as long as it loads them (section 4). The manifest's fast path needs
// neither `yaml` nor the manifest schema, so they are not here; the Infisical reply schemas bring zod.
// bench/run.mjs bundles this like dist/action (ncc --minify) into .cache/bench-libraries/.
import * as core from '@actions/core'
import { Agent, request } from '../src/http/undici-parts.js'
import * as wire from '../src/providers/infisical/wire.js'

// Referenced, so that no bundler step can drop an import as unused.
process.exitCode = [core.info, new Agent(), request, Object.keys(wire).length].every(Boolean) ? 0 : 1
