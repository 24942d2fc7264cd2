import { checkFast } from '../core/check.js'
import type { Diagnostic } from '../core/diagnostics.js'
import { PROVIDER_CATALOG } from '../providers/catalog.js'

/** The findings of `checkManifest`'s fast path, or undefined where it leaves the manifest to the full path. */
export async function lintFast(text: string, file: string): Promise<Diagnostic[] | undefined> {
  return (await checkFast(text, file, PROVIDER_CATALOG))?.diagnostics
}
