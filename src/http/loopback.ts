import { BlockList, isIPv4, isIPv6 } from 'node:net'

const LOOPBACK = new BlockList()
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4')
LOOPBACK.addAddress('::1', 'ipv6')

/**
 * Whether a URL's host is this machine: `localhost`, 127.0.0.0/8, `::1`, or an IPv4-mapped IPv6 form of
 * 127.0.0.0/8 (BlockList checks those against the IPv4 subnet). Decided on the address the WHATWG parser
 * produced (`127.1` is already `127.0.0.1` there), so a public name such as `127.0.0.1.example.com` is
 * never mistaken for one.
 */
export function isLoopbackHost(url: URL): boolean {
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase()
  if (host === 'localhost') return true
  if (isIPv4(host)) return LOOPBACK.check(host, 'ipv4')
  if (isIPv6(host)) return LOOPBACK.check(host, 'ipv6')
  return false
}
