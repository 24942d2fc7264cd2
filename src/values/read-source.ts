import { dirname, resolve } from 'node:path'
import { MAX_FILE_SOURCE_BYTES } from '../core/manifest/vocabulary.js'
import type { SourceReader } from '../core/plan/desired.js'
import { readRegularFile, repositoryRoot } from './read-file.js'

/**
 * Reads `env:` and `file:` value sources. Files are resolved relative to the manifest and must stay
 * inside the repository after following symlinks, so a manifest cannot exfiltrate /etc/shadow or ~/.ssh;
 * only regular files are read (a FIFO or /dev/zero would hang or exhaust the run).
 */
export function createSourceReader(
  manifestPath: string,
  env: Record<string, string | undefined>,
): SourceReader {
  const manifestDir = dirname(resolve(manifestPath))
  const root = repositoryRoot(manifestDir)
  return (source) => {
    if ('env' in source) {
      const value = env[source.env]
      return value === undefined
        ? { unavailable: `environment variable ${source.env} is not set` }
        : { value }
    }
    const read = readRegularFile(resolve(manifestDir, source.file), { limit: MAX_FILE_SOURCE_BYTES, root })
    return 'text' in read ? { value: read.text } : { unavailable: `file ${source.file} ${read.problem}` }
  }
}
