// The two pieces of undici the client uses, taken from undici's own files rather than its index: the
// index also builds fetch, WebSocket, the cache, cookies, mocks and a dozen dispatchers, which a run
// never uses and which cost about a third of the action's start. undici declares no `exports` map, so
// these paths are public files of the package; src/http/undici-files.d.ts gives them undici's types.
// The bundles keep one undici: @actions/http-client (OIDC) and Octokit import its index, which
// requires these same files.

import request from 'undici/lib/api/api-request.js'
import errors from 'undici/lib/core/errors.js'
import Agent from 'undici/lib/dispatcher/agent.js'

export { Agent, errors, request }
