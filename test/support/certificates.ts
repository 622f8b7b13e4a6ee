/** A throwaway certificate authority and a broker certificate for 127.0.0.1/localhost, made with openssl. */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

export interface TestCertificates {
  caFile: string;
  certFile: string;
  keyFile: string;
}

function openssl(args: string[], cwd: string): void {
  execFileSync("openssl", args, { cwd, stdio: "pipe" });
}

export function makeCertificates(): TestCertificates {
  const directory = mkdtempSync(path.join(tmpdir(), "cloudsync-tls-"));
  chmodSync(directory, 0o755);
  openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=CloudSync test CA"], directory);
  openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "broker.key", "-out", "broker.csr", "-subj", "/CN=localhost"], directory);
  writeFileSync(
    path.join(directory, "san.ext"),
    "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n",
  );
  openssl(
    ["x509", "-req", "-in", "broker.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-out", "broker.crt", "-days", "2", "-extfile", "san.ext"],
    directory,
  );
  // Mosquitto runs as its own user once started as root: it must read its key.
  for (const file of ["ca.crt", "broker.crt", "broker.key"]) {
    chmodSync(path.join(directory, file), 0o644);
  }
  return { caFile: path.join(directory, "ca.crt"), certFile: path.join(directory, "broker.crt"), keyFile: path.join(directory, "broker.key") };
}
