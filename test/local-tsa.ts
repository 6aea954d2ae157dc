// Test support: a real RFC 3161 time-stamping authority on localhost, made with `openssl ts`.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface LocalTsa {
  /** POST a TimeStampReq here (Content-Type application/timestamp-query). */
  url: string;
  /** Root CA certificate (PEM) that signed the TSA certificate: `openssl ts -verify -CAfile`. */
  caFile: string;
  /** The TSA's own certificate (PEM): `openssl ts -verify -untrusted`. */
  tsaCertFile: string;
  dir: string;
  /** How many requests the TSA answered. */
  requests(): number;
  /** While set, the TSA answers this HTTP status instead of a reply (an unreachable or broken TSA). */
  failWith(status: number | null): void;
  /** While true, the TSA answers every request with a PKIStatus rejection. */
  rejectAll(reject: boolean): void;
  /** Checks a token against a SHA-256 digest with `openssl ts -verify`; true when openssl exits 0. */
  verify(tokenDer: Uint8Array, sha256Hex: string): Promise<boolean>;
  close(): Promise<void>;
}

function openssl(args: string[], cwd: string) {
  execFileSync("openssl", args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
}

/** The settings both TSA sections share: the same key, certificate, serial file and policy. */
const tsaSection = (name: string, rest: string) => `
[ ${name} ]
dir = .
serial = ./tsaserial
crypto_device = builtin
signer_cert = ./tsa.pem
certs = ./tsa.pem
signer_key = ./tsa.key
signer_digest = sha256
default_policy = 1.2.3.4.1
${rest}`;

const TSA_CONFIG = `
[ tsa ]
default_tsa = tsa_config
${tsaSection(
  "tsa_config",
  `other_policies = 1.2.3.4.5
digests = sha256, sha384, sha512
accuracy = secs:1
ordering = yes
tsa_name = yes
ess_cert_id_chain = no
ess_cert_id_alg = sha256`,
)}
# Same TSA, but accepting only SHA-512 imprints: it answers a SHA-256 request with a
# signed "rejection" (badAlg), as a real TSA refuses what its policy does not allow.
${tsaSection("tsa_reject", "digests = sha512")}
`;

/**
 * Generates a CA and a TSA certificate (critical extendedKeyUsage timeStamping) signed by
 * it, writes the `openssl ts` configuration, and serves RFC 3161 over HTTP: each request
 * body goes to a temp file and `openssl ts -reply` answers it.
 */
export async function startLocalTsa(): Promise<LocalTsa> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "refundproof-tsa-"));
  openssl(["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "3650", "-subj", "/CN=RefundProof Test Root CA",
    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign"], dir);
  openssl(["req", "-newkey", "rsa:2048", "-nodes", "-keyout", "tsa.key", "-out", "tsa.csr", "-subj", "/CN=RefundProof Test TSA"], dir);
  fs.writeFileSync(path.join(dir, "tsa.ext"), "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\nextendedKeyUsage=critical,timeStamping\n");
  openssl(["x509", "-req", "-in", "tsa.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "tsa.pem", "-days", "3650", "-extfile", "tsa.ext"], dir);
  fs.writeFileSync(path.join(dir, "tsaserial"), "01\n");
  fs.writeFileSync(path.join(dir, "tsa.cnf"), TSA_CONFIG);

  let answered = 0;
  let failure: number | null = null;
  let rejecting = false;
  let sequence = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", async () => {
      if (failure !== null) {
        response.writeHead(failure).end();
        return;
      }
      const id = ++sequence;
      const query = path.join(dir, `q${id}.tsq`);
      const reply = path.join(dir, `r${id}.tsr`);
      try {
        fs.writeFileSync(query, Buffer.concat(chunks));
        await run("openssl", ["ts", "-reply", "-config", "tsa.cnf", "-section", rejecting ? "tsa_reject" : "tsa_config", "-queryfile", query, "-inkey", "tsa.key", "-signer", "tsa.pem", "-chain", "ca.pem", "-out", reply], { cwd: dir });
        answered++;
        response.writeHead(200, { "Content-Type": "application/timestamp-reply" }).end(fs.readFileSync(reply));
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/tsa`,
    caFile: path.join(dir, "ca.pem"),
    tsaCertFile: path.join(dir, "tsa.pem"),
    dir,
    requests: () => answered,
    failWith: (status) => {
      failure = status;
    },
    rejectAll: (reject) => {
      rejecting = reject;
    },
    async verify(tokenDer, sha256Hex) {
      const file = path.join(dir, `token-${++sequence}.der`);
      fs.writeFileSync(file, tokenDer);
      return run("openssl", ["ts", "-verify", "-digest", sha256Hex, "-in", file, "-token_in", "-CAfile", "ca.pem", "-untrusted", "tsa.pem"], { cwd: dir }).then(
        () => true,
        () => false,
      );
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
