import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * An HTTP proxy for browsers that cannot remap host names (Firefox): it tunnels HTTPS (CONNECT)
 * to the shop hosts into the fixture shop's HTTPS server (test/shop/server.ts) and refuses
 * everything else, so tabs and the extension's own background fetches reach the fixture shop and
 * no test touches the network.
 */
export interface ShopProxy {
  port: number;
  close(): Promise<void>;
}

export async function startShopProxy(shopPort: number, isShopHost: (host: string) => boolean): Promise<ShopProxy> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('the test proxy tunnels only HTTPS to shop hosts');
  });
  const sockets = new Set<Duplex>();
  server.on('connect', (req, client, head) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!isShopHost(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(shopPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
