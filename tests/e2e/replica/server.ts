// A local HTTPS stand-in for https://ems.element.io: the browser reaches it under the real
// host name through a host-resolver rule, so the extension's match patterns apply as in use.
// The certificate is made fresh for each run in a temporary folder; no key is committed.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const APP_HTML = readFileSync(new URL('./app.html', import.meta.url), 'utf8');

export interface Replica {
  port: number;
  close(): Promise<void>;
}

function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ems-replica-'));
  try {
    execFileSync(
      'openssl',
      [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
        '-subj', '/CN=ems.element.io',
        '-addext', 'subjectAltName=DNS:ems.element.io,IP:127.0.0.1',
        '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves the replica app for every path, as a single-page app's server does. */
export async function startReplica(): Promise<Replica> {
  const server: Server = createServer(makeCertificate(), (req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    // `?csp=strict`: the page as a site with a strict Content-Security-Policy serves it.
    const strict = new URL(req.url ?? '/', 'https://ems.element.io').searchParams.get('csp') === 'strict';
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(strict ? { 'content-security-policy': "default-src 'self'; frame-src 'self'" } : {}),
    });
    res.end(APP_HTML);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
