/**
 * The manifest's words, patterns, limits and defaults, without zod: the zod schema (schema.ts) is built
 * from them, and so is the zod-free fast check (fast-schema.ts), so the two cannot drift
 * apart on a limit. Modules that only need a constant import it from here and stay free of zod. A
 * provider's own words (its block's fields and defaults) are in its folder's manifest.ts.
 */

export const FOLDER_PATH = /^\/([A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*)?$/
export const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/
export const TAG_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/
export const DURATION = /^\d+(m|h|d|w)$/
export const HTTP_PROTOCOL = /^https?$/

export const VALUE_SOURCE_KINDS = ['env', 'literal', 'file', 'generate'] as const
export const GENERATE_CHARSETS = ['alphanumeric', 'hex', 'base64url', 'ascii-printable'] as const
export const GENERATE_LENGTH = { min: 16, max: 4096, default: 32 } as const
export const DUPLICATE_ATTRIBUTES = ['value', 'comment', 'tags', 'metadata'] as const
export const SHARE_ACCESS = ['organization', 'anyone'] as const

export const METADATA_KEY_MAX = 255
export const METADATA_VALUE_MAX = 1020
export const SHARE_NAME_MAX = 50

export const SHARE_DEFAULTS = { expiresIn: '24h', maxViews: 1, access: 'organization' } as const

/** Manifests are small; anything past this is a mistake or an attack, refused before parsing. */
export const MAX_MANIFEST_BYTES = 5 * 1024 * 1024
/** File sources larger than this are a mistake (a server commonly caps a whole request body at 1 MiB). */
export const MAX_FILE_SOURCE_BYTES = 1024 * 1024
