import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WALL_HOSTS } from '../../src/background/watch/walls';
import { ALL_SITE_HOSTS } from '../../src/core/hosts';
import type { FixtureShop } from './fixture-shop';

/**
 * The fixture shop over real HTTPS on 127.0.0.1, for requests Playwright's `context.route()` never
 * sees: the extension service worker's own `fetch` (background checks). Chromium is pointed at it
 * with `--host-resolver-rules` (each shop host mapped to this port) and trusts its self-signed
 * certificate with `--ignore-certificate-errors`. The certificate is made at start with the
 * `openssl` CLI, so no key material lives in the repository.
 */
export interface ShopServer {
  port: number;
  /** The hosts mapped to this server. */
  hosts: readonly string[];
  /** Chromium's `--host-resolver-rules` value: the shop hosts here, every other name unresolvable. */
  hostResolverRules: string;
  close(): Promise<void>;
}

/** Hosts the background reaches: every built-in site's hosts and the login pages walls redirect to. */
export const SHOP_SERVER_HOSTS: readonly string[] = [...ALL_SITE_HOSTS, ...WALL_HOSTS.map((w) => w.host)];

export function hasOpenssl(): boolean {
  return spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
}

function makeCertificate(dir: string, hosts: readonly string[]): { key: Buffer; cert: Buffer } {
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    [
      'req',
      '-x509',
      '-nodes',
      '-days',
      '2',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-subj',
      '/CN=fanchang fixture shop',
      '-addext',
      `subjectAltName=${hosts.map((h) => `DNS:${h}`).join(',')}`,
    ],
    { encoding: 'utf8' },
  );
  if (made.status !== 0) throw new Error(`openssl could not make the test certificate: ${made.stderr || made.error?.message}`);
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

export async function startShopServer(shop: FixtureShop, hosts: readonly string[] = SHOP_SERVER_HOSTS): Promise<ShopServer> {
  if (!hasOpenssl()) throw new Error('The HTTPS fixture shop needs the openssl CLI: install it with `apt-get install -y openssl`.');
  const dir = mkdtempSync(join(tmpdir(), 'fanchang-shop-tls-'));
  let tls: { key: Buffer; cert: Buffer };
  try {
    tls = makeCertificate(dir, hosts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const server: Server = createServer(tls, (req, res) => {
    const url = `https://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`;
    const answer = shop.handle(url, req.headers.cookie);
    if (!answer) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not in the fixture shop');
      return;
    }
    res.writeHead(answer.status, { 'content-type': answer.contentType, ...answer.headers });
    res.end(answer.body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    hosts,
    hostResolverRules: [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'MAP * ~NOTFOUND'].join(', '),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
