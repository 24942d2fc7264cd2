import type { GENERATE_CHARSETS } from '../core/manifest/schema.js'

const ALPHABETS: Record<(typeof GENERATE_CHARSETS)[number], string> = {
  alphanumeric: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
  hex: '0123456789abcdef',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  // Printable ASCII without space, quotes and backslash, so the value survives shells and .env files.
  'ascii-printable':
    '!#$%&()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_abcdefghijklmnopqrstuvwxyz{|}~',
}

/** A uniformly random string; `random(max)` must be a CSPRNG (crypto.randomInt) outside tests. */
export function generateValue(
  length: number,
  charset: (typeof GENERATE_CHARSETS)[number],
  random: (max: number) => number,
): string {
  const alphabet = ALPHABETS[charset]
  let out = ''
  for (let i = 0; i < length; i++) out += alphabet[random(alphabet.length)]
  return out
}
