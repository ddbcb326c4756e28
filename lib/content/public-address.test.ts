import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refusedAddress } from "./public-address";

describe("refusedAddress", () => {
  it("refuses loopback, private, link-local, CGNAT, multicast, unspecified, reserved and metadata addresses", () => {
    const refused: [string, RegExp][] = [
      ["127.0.0.1", /loopback/],
      ["127.255.255.254", /loopback/],
      ["0.0.0.0", /unspecified/],
      ["10.1.2.3", /private/],
      ["172.16.0.1", /private/],
      ["172.31.255.255", /private/],
      ["192.168.1.1", /private/],
      ["169.254.169.254", /link-local/],
      ["100.64.0.1", /carrier-grade NAT/],
      ["100.100.100.200", /carrier-grade NAT/],
      ["168.63.129.16", /metadata/],
      ["224.0.0.1", /multicast/],
      ["239.255.255.250", /multicast/],
      ["255.255.255.255", /broadcast/],
      ["192.0.2.10", /documentation/],
      ["::1", /loopback/],
      ["::", /unspecified/],
      ["fe80::1", /link-local/],
      ["fe80::1%eth0", /link-local/],
      ["fc00::1", /unique local/],
      ["fd00:ec2::254", /unique local/],
      ["ff02::1", /multicast/],
      ["::ffff:127.0.0.1", /IPv4-mapped form of a loopback/],
      ["::ffff:7f00:1", /IPv4-mapped form of a loopback/],
      ["0:0:0:0:0:ffff:a9fe:a9fe", /IPv4-mapped form of a link-local/],
      ["::FFFF:10.0.0.1", /IPv4-mapped form of a private/],
      ["::127.0.0.1", /IPv4-compatible/],
      ["64:ff9b::a9fe:a9fe", /NAT64/],
      ["2002:7f00:1::", /6to4/],
      ["2001:0:4136:e378:8000:63bf:3fff:fdd2", /Teredo/],
      ["2001:db8::1", /documentation/],
      ["localhost", /not an IP address/],
      ["", /not an IP address/],
    ];
    for (const [address, reason] of refused) expect(refusedAddress(address), address).toMatch(reason);
  });

  it("allows public unicast addresses (the decision only: tests never connect outside 127.0.0.1)", () => {
    for (const address of ["8.8.8.8", "1.1.1.1", "93.184.215.14", "172.32.0.1", "100.128.0.1", "169.255.0.1", "2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8"]) {
      expect(refusedAddress(address), address).toBeUndefined();
    }
  });

  const octet = fc.integer({ min: 0, max: 255 });

  it("an IPv4-mapped IPv6 address, in either spelling, is judged as the IPv4 address it stands for", () => {
    fc.assert(
      fc.property(fc.tuple(octet, octet, octet, octet), (o) => {
        const dotted = o.join(".");
        const hex = `::ffff:${((o[0] << 8) | o[1]).toString(16)}:${((o[2] << 8) | o[3]).toString(16)}`;
        const expected = refusedAddress(dotted) !== undefined;
        return (refusedAddress(`::ffff:${dotted}`) !== undefined) === expected && (refusedAddress(hex) !== undefined) === expected;
      }),
    );
  });

  it("every address of 127/8, 10/8, 172.16/12, 192.168/16, 169.254/16 and 100.64/10 is refused", () => {
    const inside = fc.oneof(
      fc.tuple(octet, octet, octet).map(([b, c, d]) => `127.${b}.${c}.${d}`),
      fc.tuple(octet, octet, octet).map(([b, c, d]) => `10.${b}.${c}.${d}`),
      fc.tuple(fc.integer({ min: 16, max: 31 }), octet, octet).map(([b, c, d]) => `172.${b}.${c}.${d}`),
      fc.tuple(octet, octet).map(([c, d]) => `192.168.${c}.${d}`),
      fc.tuple(octet, octet).map(([c, d]) => `169.254.${c}.${d}`),
      fc.tuple(fc.integer({ min: 64, max: 127 }), octet, octet).map(([b, c, d]) => `100.${b}.${c}.${d}`),
    );
    fc.assert(fc.property(inside, (address) => refusedAddress(address) !== undefined));
  });
});
