import * as core from '@actions/core'
import { UserError } from '../app/types.js'
import { checkManifest } from '../core/check.js'
import { hasErrors } from '../core/diagnostics.js'
import { MAX_MANIFEST_BYTES } from '../core/manifest/vocabulary.js'
import { PROVIDER_CATALOG } from '../providers/registry.js'
import { readRepositoryFile } from '../values/read-file.js'
import { annotate } from './summary.js'

/**
 * The checks that need no server, for runs that cannot log in (a fork PR has neither secrets nor an ID
 * token). Findings are annotated here, the only place they are reported on this path.
 */
export async function checkOffline(manifest: string, redact: (text: string) => string): Promise<boolean> {
  const read = readRepositoryFile(manifest, MAX_MANIFEST_BYTES)
  if ('problem' in read)
    throw new UserError(
      `cannot read the manifest ${manifest}: it ${read.problem} (set input \`manifest\` to its path in the repository)`,
    )
  const { diagnostics } = await checkManifest(read.text, manifest, PROVIDER_CATALOG)
  annotate(diagnostics, redact)
  if (hasErrors(diagnostics)) {
    core.setFailed(
      redact(
        `${manifest} has ${diagnostics.filter((d) => d.severity === 'error').length} error(s), shown as annotations on the file.`,
      ),
    )
    return false
  }
  return true
}
