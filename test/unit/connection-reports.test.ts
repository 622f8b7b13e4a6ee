import { ConnectionReport, ConnectionReports } from "../../src/core/connection-reports";

const refused: ConnectionReport = { connected: false, reason: "connection refused: nothing listens on that host and port (is the broker running?)" };
const untrusted: ConnectionReport = { connected: false, reason: "the broker's TLS certificate is not trusted (self-signed certificate)" };
const connected: ConnectionReport = { connected: true, reason: "session new" };
const lost: ConnectionReport = { connected: false, reason: "connection lost: Unspecified error" };

describe("ConnectionReports", () => {
  test("a failure repeated on every retry is reported once", () => {
    const reports = new ConnectionReports();
    expect(reports.reportable([refused, refused])).toEqual([refused]);
    // Later rounds bring the same failure again: still nothing new.
    expect(reports.reportable([refused])).toEqual([]);
    expect(reports.reportable([refused, refused, refused])).toEqual([]);
  });

  test("a failure for another reason is reported, and so is the first one when it comes back", () => {
    const reports = new ConnectionReports();
    expect(reports.reportable([refused, untrusted, untrusted, refused])).toEqual([refused, untrusted, refused]);
  });

  test("every connect is reported, and after one the same failure is news again", () => {
    const reports = new ConnectionReports();
    expect(reports.reportable([refused])).toEqual([refused]);
    expect(reports.reportable([connected])).toEqual([connected]);
    expect(reports.reportable([lost, refused, refused])).toEqual([lost, refused]);
    expect(reports.reportable([connected, connected])).toEqual([connected, connected]);
  });

  test("after a reset (a new connection asked for) the same failure is news again", () => {
    const reports = new ConnectionReports();
    expect(reports.reportable([refused])).toEqual([refused]);
    reports.reset();
    expect(reports.reportable([refused, refused])).toEqual([refused]);
  });

  test("nothing in, nothing out", () => {
    expect(new ConnectionReports().reportable([])).toEqual([]);
  });
});
