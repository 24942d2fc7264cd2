import { writeSync } from 'node:fs'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import { readRepositoryFile } from '../values/read-file.js'
import { runHook } from './main.js'

// Entry of dist/hook/index.js, run by hooks/secrets-manifest-hook.js on whatever Node the developer has
// (18+). Any unexpected error becomes one line and exit 2: a stack trace in a commit hook helps nobody.

/**
 * Writes straight to the file descriptor. `process.stdout` would be the first use of Node's stream and
 * socket modules (twenty-odd internal modules, a few milliseconds of every commit) for two lines of
 * text. EAGAIN only happens when the reader set the pipe non-blocking and it is full: wait and retry.
 */
function writeAll(fd: number, text: string): void {
  let data = Buffer.from(text)
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(fd, data))
    } catch (e) {
      if ((e as { code?: string }).code !== 'EAGAIN') throw e
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5)
    }
  }
}

/** Why a file was not read, phrased to follow its name. */
class UnreadableFile extends Error {
  readonly problem: string
  constructor(problem: string) {
    super(problem)
    this.problem = problem
  }
}

const io = {
  readFile: (path: string) => {
    const read = readRepositoryFile(path, MAX_MANIFEST_BYTES)
    if ('problem' in read) throw new UnreadableFile(read.problem)
    return read.text
  },
  out: (text: string) => writeAll(1, `${text}\n`),
  err: (text: string) => writeAll(2, `${text}\n`),
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
