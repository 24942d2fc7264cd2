export { type PrimeServerHandle, startPrimeIntellectServer } from './server.js'
export { PrimeState } from './state.js'
export type { KeyInput, PrimeSecret, PrimeServerOptions } from './types.js'
