export { FaultInjector, type FaultSpec } from './faults.js'
export type {
  ApprovalRecord,
  SecretMetadataEntry,
  SecretSnapshot,
  Share,
} from './model.js'
export { HIDDEN_VALUE } from './secret-format.js'
export { type InfisicalServerHandle, startInfisicalServer } from './server.js'
export { SandboxState } from './state.js'
export type {
  ApprovalPolicyInput,
  IdentityInput,
  InfisicalServerOptions,
  OidcBinding,
  ProjectInfo,
  ProjectInput,
  RateLimitOptions,
  RequestLogEntry,
  Role,
  SecretInput,
} from './types.js'
