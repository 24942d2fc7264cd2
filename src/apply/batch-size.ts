import type { ProviderCapabilities, SecretWrite } from '../core/seam/types.js'

/** Room left in a body for the request's own fields (project, environment, path). */
const ENVELOPE_BYTES = 16 * 1024
/** Field names on the wire (`secretKey`, `secretValue`, ...) and a tag id in place of each slug. */
const ITEM_OVERHEAD_BYTES = 64
const TAG_ID_BYTES = 48

/**
 * How many writes go in one request. It starts as large as the provider allows (a count and a body
 * size), and when the server refuses a batch for its size it halves that batch and keeps the smaller
 * limit for the rest of the run, so only the first refused request is wasted.
 */
export class BatchSizer {
  private limit: number
  private readonly maxBytes: number

  constructor(capabilities: ProviderCapabilities, batched: boolean) {
    this.limit = batched ? Math.max(1, capabilities.maxBatchSize) : 1
    this.maxBytes = capabilities.maxBatchBytes ? capabilities.maxBatchBytes - ENVELOPE_BYTES : Infinity
  }

  /** The next chunk to send: the longest prefix within the count and byte limits (never empty). */
  take<T extends { write: SecretWrite }>(queue: readonly T[]): T[] {
    let bytes = 0
    let n = 0
    while (n < queue.length && n < this.limit) {
      bytes += writeBytes(queue[n]!.write)
      if (n > 0 && bytes > this.maxBytes) break
      n++
    }
    return queue.slice(0, Math.max(1, n))
  }

  /** The server refused a chunk of this length for its size; false when it cannot get smaller. */
  shrink(refusedLength: number): boolean {
    if (refusedLength <= 1) return false
    this.limit = Math.min(this.limit, Math.floor(refusedLength / 2))
    return true
  }
}

function writeBytes(write: SecretWrite): number {
  return (
    Buffer.byteLength(JSON.stringify(write)) + ITEM_OVERHEAD_BYTES + TAG_ID_BYTES * (write.tags?.length ?? 0)
  )
}
