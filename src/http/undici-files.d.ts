// Types of the undici files src/http/undici-parts.ts imports: each is what undici's index exports
// under that name. `request` is the method form (Dispatcher.prototype.request), called with the agent as
// `this`; the index's function form only adds the `dispatcher` option on top of it.
declare module 'undici/lib/dispatcher/agent.js' {
  import { Agent } from 'undici'
  export default Agent
}
declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici'
  export default function request(
    this: Dispatcher,
    options: Dispatcher.RequestOptions,
  ): Promise<Dispatcher.ResponseData>
}
declare module 'undici/lib/core/errors.js' {
  import { errors } from 'undici'
  export default errors
}
