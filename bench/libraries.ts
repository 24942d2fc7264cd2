// The libraries the action's plan loads and evaluates, with the manifest schema built from zod, and no
// other code of ours: the floor under the action's cold start as long as it loads them (section 4).
// bench/run.mjs bundles this like dist/action (ncc --minify) into .cache/bench-libraries/.
import * as core from '@actions/core'
import { Agent, request } from 'undici'
import { parseDocument } from 'yaml'
import { ManifestSchema } from '../src/core/manifest/schema.js'

// Referenced, so that no bundler step can drop an import as unused.
process.exitCode = [core.info, Agent, request, parseDocument, ManifestSchema].every(Boolean) ? 0 : 1
