/**
 * Which IP addresses `npm run content:cards` may connect to: public unicast
 * ones only. Refused: loopback, private, link-local, carrier-grade NAT,
 * multicast, unspecified, reserved and documentation ranges, cloud metadata
 * addresses, and IPv6 ranges that carry an IPv4 address (IPv4-mapped and
 * -compatible, NAT64, 6to4, Teredo), which are judged by the IPv4 address
 * they stand for or refused. IPv6 outside global unicast (2000::/3) is refused.
 */
import net from "node:net";

type Range = [subnet: string, prefix: number, what: string];

const IPV4: Range[] = [
  ["0.0.0.0", 8, "an unspecified (this-network) address"],
  ["10.0.0.0", 8, "a private address"],
  ["100.64.0.0", 10, "a carrier-grade NAT address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address (cloud metadata lives here)"],
  ["172.16.0.0", 12, "a private address"],
  ["192.0.0.0", 24, "an IETF protocol address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.88.99.0", 24, "a 6to4 relay address"],
  ["192.168.0.0", 16, "a private address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved or broadcast address"],
  // Azure's platform endpoint (metadata and agent traffic) is a public address.
  ["168.63.129.16", 32, "a cloud metadata address"],
];

const IPV6: Range[] = [
  ["2001::", 32, "a Teredo address"],
  ["2001::", 23, "an IETF protocol address"],
  ["2001:db8::", 32, "a documentation address"],
  ["2002::", 16, "a 6to4 address"],
];

const NOT_GLOBAL_IPV6: Range[] = [
  ["::", 128, "the unspecified address"],
  ["::1", 128, "a loopback address"],
  ["::", 96, "an IPv4-compatible address"],
  ["64:ff9b::", 96, "a NAT64 address"],
  ["64:ff9b:1::", 48, "a NAT64 address"],
  ["fc00::", 7, "a unique local (private) address"],
  ["fe80::", 10, "a link-local address"],
  ["ff00::", 8, "a multicast address"],
];

const lists = (ranges: Range[], type: "ipv4" | "ipv6") =>
  ranges.map(([subnet, prefix, what]) => {
    const list = new net.BlockList();
    list.addSubnet(subnet, prefix, type);
    return { list, what };
  });

const ipv4 = lists(IPV4, "ipv4");
const ipv6 = lists(IPV6, "ipv6");
const notGlobal = lists(NOT_GLOBAL_IPV6, "ipv6");
const globalUnicast = new net.BlockList();
globalUnicast.addSubnet("2000::", 3, "ipv6");

/** `::ffff:a.b.c.d` (in any spelling) → `a.b.c.d`; undefined for other addresses. The URL parser writes IPv6 in its one canonical form. */
function mappedIPv4(address: string): string | undefined {
  const m = /^\[::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})\]$/.exec(new URL(`http://[${address}]/`).hostname);
  if (!m) return undefined;
  const [high, low] = [parseInt(m[1], 16), parseInt(m[2], 16)];
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

/** Why `address` may not be fetched, or undefined for a public unicast address. Anything that is not an IP address is refused. */
export function refusedAddress(address: string): string | undefined {
  const family = net.isIP(address.split("%")[0]);
  if (family === 4) return ipv4.find(({ list }) => list.check(address, "ipv4"))?.what;
  if (family !== 6) return "not an IP address";
  const clean = address.split("%")[0];
  const v4 = mappedIPv4(clean);
  if (v4) {
    const reason = refusedAddress(v4);
    return reason && `an IPv4-mapped form of ${reason}`;
  }
  const special = notGlobal.find(({ list }) => list.check(clean, "ipv6"));
  if (special) return special.what;
  if (!globalUnicast.check(clean, "ipv6")) return "not a global unicast address";
  return ipv6.find(({ list }) => list.check(clean, "ipv6"))?.what;
}
