import { describe, expect, it } from 'vitest'
import { HttpClient } from '../../src/http/client.js'

// Plain http carries the credentials in clear, so it is allowed only to an address that cannot leave the
// machine. The decision is made on the parsed address, never on how the host name begins.
const refused = /refusing to send credentials over plain http/
const client = (baseUrl: string) => () => new HttpClient({ baseUrl })

describe('plain http only to loopback, judged on the parsed address', () => {
  it.each([
    'http://127.0.0.1:8080',
    'http://127.8.9.10',
    'http://localhost:3000',
    'http://LOCALHOST',
    'http://[::1]:8080',
    // WHATWG URL parsing turns the short form into 127.0.0.1.
    'http://127.1',
    'http://2130706433',
    // IPv4-mapped IPv6 for 127.0.0.1 (the URL parser writes it as ::ffff:7f00:1).
    'http://[::ffff:7f00:1]',
    'http://[::ffff:127.0.0.1]:8080',
  ])('allows %s', (url) => {
    expect(client(url)).not.toThrow()
  })

  it.each([
    // A public name that merely starts like a loopback address.
    'http://127.0.0.1.example.com',
    'http://127.0.0.1.nip.io:8080',
    'http://localhost.example.com',
    'http://localhost-proxy',
    'http://128.0.0.1',
    'http://10.0.0.1',
    'http://[::2]',
    'http://[::ffff:a00:1]',
    'http://[fe80::1]',
    'http://0.0.0.0',
  ])('refuses %s', (url) => {
    expect(client(url)).toThrow(refused)
  })

  it('refuses a look-alike even with a port and path', () => {
    expect(client('http://127.0.0.1.example.com:443/api')).toThrow(/127\.0\.0\.1\.example\.com/)
  })

  it('https is allowed to any host, and the explicit opt-in allows plain http elsewhere', () => {
    expect(client('https://127.0.0.1.example.com')).not.toThrow()
    expect(
      () => new HttpClient({ baseUrl: 'http://127.0.0.1.example.com', allowInsecureHttp: true }),
    ).not.toThrow()
  })
})
