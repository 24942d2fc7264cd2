// The libraries the action's plan loads and evaluates, with the manifest schema built from zod, and no
// other code of ours: the floor under the action's cold start as long as it loads them (section 4).
// bench/run.mjs bundles this like dist/action (ncc --minify) into .cache/bench-libraries/.
import * as core from '@actions/core'
import { Agent, request } from 'undici'
import { parseDocument } from 'yaml'
import { manifestSchema } from '../src/core/manifest/schema.js'
import { PROVIDER_CATALOG } from '../src/providers/registry.js'

// Referenced, so that no bundler step can drop an import as unused; the schema is built from the
// providers' blocks on first use, as the action's plan does.
const schema = manifestSchema(PROVIDER_CATALOG)
process.exitCode = [core.info, Agent, request, parseDocument, schema].every(Boolean) ? 0 : 1
