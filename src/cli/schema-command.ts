import { manifestJsonSchema } from '../core/manifest/json-schema.js'
import { PROVIDER_CATALOG } from '../providers/registry.js'

export function runSchema(out: (t: string) => void): number {
  out(JSON.stringify(manifestJsonSchema(PROVIDER_CATALOG), null, 2))
  return 0
}
