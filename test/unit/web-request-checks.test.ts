import { cookieValues, hostIsThisDevice, originIsThisPage, parseHostHeader, thisDeviceNames } from "../../src/core/web-request-checks";

const NAMES = thisDeviceNames(["Kodi-Living-Room.home.arpa"], ["192.168.1.5", "fd00::5"]);

function target(hostHeader: string, localAddress = "192.168.1.5", localPort = 8090) {
  return { hostHeader: hostHeader, localAddress: localAddress, localPort: localPort };
}

describe("thisDeviceNames", () => {
  test("localhost and loopback, the host name, its first label and <label>.local, and the addresses; lower case", () => {
    expect(NAMES).toEqual([
      "localhost",
      "127.0.0.1",
      "::1",
      "kodi-living-room.home.arpa",
      "kodi-living-room",
      "kodi-living-room.local",
      "192.168.1.5",
      "fd00::5",
    ]);
  });

  test("no host name from the system still leaves localhost", () => {
    expect(thisDeviceNames([""], [])).toEqual(["localhost", "127.0.0.1", "::1"]);
  });
});

describe("parseHostHeader", () => {
  test.each([
    ["192.168.1.5:8090", { host: "192.168.1.5", port: 8090 }],
    ["Kodi.local:8090", { host: "kodi.local", port: 8090 }],
    ["kodi.local.:8090", { host: "kodi.local", port: 8090 }],
    ["[::1]:8090", { host: "::1", port: 8090 }],
    ["[::ffff:192.168.1.5]:8090", { host: "192.168.1.5", port: 8090 }],
    ["kodi", { host: "kodi", port: 80 }],
  ])("%s", (header, parsed) => {
    expect(parseHostHeader(header)).toEqual(parsed);
  });

  test.each(["", ":8090", "kodi:", "kodi:80a", "kodi:123456", "::1:8090", "[::1", "[::1]x", "a b:80", "user@kodi:80", "kodi/x:80"])(
    "%j is not a host",
    (header) => {
      expect(parseHostHeader(header)).toBeNull();
    },
  );
});

describe("hostIsThisDevice: the check that refuses DNS rebinding", () => {
  test.each([
    "192.168.1.5:8090",
    "localhost:8090",
    "127.0.0.1:8090",
    "[::1]:8090",
    "kodi-living-room:8090",
    "KODI-LIVING-ROOM.local:8090",
    "kodi-living-room.home.arpa:8090",
    "[fd00::5]:8090",
  ])("%s is this device", (host) => {
    expect(hostIsThisDevice(target(host), NAMES)).toBe(true);
  });

  test("the address the request arrived on is this device even when the system did not name it (a new DHCP lease)", () => {
    expect(hostIsThisDevice(target("10.0.0.7:8090", "10.0.0.7"), NAMES)).toBe(true);
  });

  test.each([
    ["a rebinding domain", "evil.example:8090"],
    ["a name ending like ours", "evil-kodi-living-room.local:8090"],
    ["a subdomain of ours", "x.kodi-living-room.local:8090"],
    ["another address", "192.168.1.6:8090"],
    ["our name on another port", "localhost:8091"],
    ["our name without the port", "localhost"],
    ["nothing", ""],
  ])("%s (%s) is not", (_what, host) => {
    expect(hostIsThisDevice(target(host), NAMES)).toBe(false);
  });

  test("port 80 may be left out, as browsers do", () => {
    expect(hostIsThisDevice(target("kodi-living-room.local", "192.168.1.5", 80), NAMES)).toBe(true);
    expect(hostIsThisDevice(target("kodi-living-room.local:80", "192.168.1.5", 80), NAMES)).toBe(true);
  });
});

describe("originIsThisPage", () => {
  test("the page's own origin, as Chromium sends it with a POST", () => {
    expect(originIsThisPage("http://192.168.1.5:8090", "192.168.1.5:8090")).toBe(true);
    expect(originIsThisPage("http://Kodi.local:8090", "kodi.local:8090")).toBe(true);
    expect(originIsThisPage("http://kodi.local", "kodi.local:80")).toBe(true);
  });

  test.each([
    ["another site", "http://evil.example:8090"],
    ["https", "https://192.168.1.5:8090"],
    ["another port", "http://192.168.1.5:8091"],
    ["a sandboxed page", "null"],
    ["a path", "http://192.168.1.5:8090/x"],
    ["another name of this device", "http://localhost:8090"],
  ])("%s (%s) is not", (_what, origin) => {
    expect(originIsThisPage(origin, "192.168.1.5:8090")).toBe(false);
  });
});

describe("cookieValues: another app's cookies never hide ours", () => {
  test("the value of our cookie among others", () => {
    expect(cookieValues("theme=dark; cloudsync_session=abc; lang=en", "cloudsync_session")).toEqual(["abc"]);
  });

  test.each([
    ["a PHP-style array cookie", "a[b]=1; cloudsync_session=abc"],
    ["a bare word", "flag; cloudsync_session=abc"],
    ["a JSON value with spaces and commas", 'prefs={"a": 1, "b": [2,3]}; cloudsync_session=abc'],
    ["an empty piece and stray spaces", ";;  cloudsync_session = abc ;"],
    ["a quoted value", 'cloudsync_session="abc"'],
    ["a value with = in it after ours", "cloudsync_session=abc; token=x=y=="],
    ["non-ASCII", "name=café; cloudsync_session=abc"],
  ])("%s", (_what, header) => {
    expect(cookieValues(header, "cloudsync_session")).toEqual(["abc"]);
  });

  test("every value of a name sent twice, in order; a name that only contains ours is not ours", () => {
    expect(cookieValues("cloudsync_session=old; cloudsync_session=new", "cloudsync_session")).toEqual(["old", "new"]);
    expect(cookieValues("x_cloudsync_session=abc; cloudsync_session_x=def", "cloudsync_session")).toEqual([]);
    expect(cookieValues("", "cloudsync_session")).toEqual([]);
  });
});
