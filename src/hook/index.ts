import { readFileSync } from 'node:fs'
import * as nodeModule from 'node:module'
import { runHook } from './main.js'

// Entry of dist/hook/index.js, run by hooks/secrets-manifest-hook.js on whatever Node the developer has
// (18+). Any unexpected error becomes one line and exit 2: a stack trace in a commit hook helps nobody.

// Node 22.1+ can keep the compiled chunks (zod is most of the start-up time) in its on-disk compile
// cache, the same one NODE_COMPILE_CACHE turns on; older Node simply lacks the function.
const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown }
try {
  enableCompileCache?.()
} catch {}

const io = {
  readFile: (path: string) => readFileSync(path, 'utf8'),
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
}

runHook(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error)
    io.err(`secrets-manifest-hook: internal error: ${message} (please report it)`)
    process.exitCode = 2
  },
)
