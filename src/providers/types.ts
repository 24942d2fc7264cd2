/** Moved to the core's seam; re-exported so older import paths keep working. */
export * from '../core/seam/types.js'
