// A free loopback port, for the servers the benchmarks start: the port is let go before it is returned.
import { once } from 'node:events';
import net from 'node:net';

export async function freePort() {
  const listener = net.createServer();
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  const { port } = listener.address();
  listener.close();
  await once(listener, 'close');
  return port;
}
