import type { ProviderCapabilities, ProviderType } from '../core/seam/types.js'
import { PROVIDER_DEFINITIONS } from './registry.js'

type Cell = (value: boolean, caps: ProviderCapabilities) => string

const yesNo =
  (no = 'no'): Cell =>
  (v) =>
    v ? 'yes' : no
const batch: Cell = (v, caps) => {
  if (!v) return 'no: one request per secret'
  if (!caps.maxBatchBytes) return `yes, up to ${caps.maxBatchSize} per request`
  return `yes, as many as fit in ${caps.maxBatchBytes / 1024 / 1024} MiB (halved if the server refuses)`
}

/** The rows of the table, in reading order; every boolean capability has one. */
const ROWS: [Exclude<keyof ProviderCapabilities, 'maxBatchSize' | 'maxBatchBytes'>, string, Cell][] = [
  [
    'perEnvironmentValues',
    'Environments (a value per environment)',
    yesNo('no: one global scope, shown as `(global)`'),
  ],
  [
    'readableValues',
    'Values can be read back (the plan compares them)',
    yesNo('no: "value not verifiable", see `updateValues`'),
  ],
  ['batchCreate', 'Batch create', batch],
  ['batchUpdate', 'Batch update', batch],
  ['projectLevelSecrets', 'One record holds every environment (writes grouped across environments)', yesNo()],
  ['folders', 'Folders (`path`)', yesNo('no: `path` must be `/`')],
  ['tags', 'Tags', yesNo()],
  ['metadata', 'Metadata', yesNo()],
  ['comments', 'Comments (`comment`)', yesNo()],
  ['nativeDuplicate', 'Native duplicate', yesNo()],
  ['shares', 'Share links', yesNo()],
  ['pagination', 'Paginated listing', yesNo()],
]

/** The capability table of docs/providers.md, generated from the providers' data so it cannot drift. */
export function renderCapabilityTable(
  capabilities: Readonly<Record<ProviderType, Readonly<ProviderCapabilities>>> = Object.fromEntries(
    PROVIDER_DEFINITIONS.map((d) => [d.type, d.capabilities]),
  ) as Record<ProviderType, ProviderCapabilities>,
): string {
  const types = Object.keys(capabilities) as ProviderType[]
  const name = (t: ProviderType) => PROVIDER_DEFINITIONS.find((d) => d.type === t)?.name ?? t
  const header = `| Capability | ${types.map(name).join(' | ')} |`
  const rule = `| --- |${types.map(() => ' --- |').join('')}`
  const rows = ROWS.map(
    ([key, label, cell]) =>
      `| ${label} | ${types.map((t) => cell(capabilities[t][key], capabilities[t])).join(' | ')} |`,
  )
  return [header, rule, ...rows].join('\n')
}
