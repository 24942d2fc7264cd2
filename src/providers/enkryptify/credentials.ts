/** An Enkryptify API token (`ek_live_…`), exchanged once per run for a short-lived JWT where possible. */
export type EnkryptifyCredentials = { method: 'enkryptify-token'; token: string }
