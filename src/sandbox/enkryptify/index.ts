export { type EnkryptifyServerHandle, startEnkryptifyServer } from './server.js'
export { EnkryptifyState } from './state.js'
export type { EnkryptifyServerOptions, ProjectInput, SecretInput, StoredSecret, TokenInput } from './types.js'
