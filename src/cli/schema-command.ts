import { manifestJsonSchema } from '../core/manifest/json-schema.js'

export function runSchema(out: (t: string) => void): number {
  out(JSON.stringify(manifestJsonSchema(), null, 2))
  return 0
}
