// Starts both peers on free loopback ports, each copying the institutions of the service at `source`; every peer
// started is killed by its pid when the caller stops it or when the process ends.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../lib/ports.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const running = new Set();
process.on('exit', () => { for (const child of running) { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } } });

export const peers = [
  { key: 'graphqlJs', name: 'graphql-js peer (graphql-http 1.22, graphql 16)', script: 'graphql-js.mjs' },
  { key: 'mercurius', name: 'Mercurius peer (Fastify 5, Mercurius 16, graphql-jit)', script: 'mercurius.mjs' },
];

async function startOne(peer, source, token, timeoutSeconds) {
  const port = await freePort();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(here, peer.script), '--source', source, '--port', String(port), ...(token ? ['--token', token] : [])],
      { cwd: here, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NODE_ENV: 'production' } });
    running.add(child);
    let output = '';
    const timer = setTimeout(() => { stop(); reject(new Error(`${peer.name} was not ready in ${timeoutSeconds} s:\n${output}`)); }, timeoutSeconds * 1000);
    const stop = () => { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } running.delete(child); };
    child.stderr.on('data', (d) => { output += d; });
    child.stdout.on('data', (d) => {
      output += d;
      const ready = /ready (\d+)/.exec(output);
      if (ready) {
        clearTimeout(timer);
        resolve({ ...peer, url: `http://127.0.0.1:${port}`, pid: child.pid, institutions: Number(ready[1]), stop });
      }
    });
    child.on('exit', (code) => { clearTimeout(timer); running.delete(child); reject(new Error(`${peer.name} exited with ${code}:\n${output}`)); });
  });
}

/** Both peers, ready, each holding a copy of the service's institutions. */
export async function startPeers(source, token, timeoutSeconds = 120) {
  const started = [];
  try {
    for (const peer of peers) started.push(await startOne(peer, source, token, timeoutSeconds));
  } catch (e) {
    for (const peer of started) peer.stop();
    throw e;
  }
  return started;
}
