import { spawn, spawnSync } from 'node:child_process';

export type WrkOptions = { threads: number; connections: number; seconds: number };

export type WrkResult = {
  url: string;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { avg: number; p50: number; p75: number; p90: number; p99: number; max: number };
  /** Non-2xx/3xx responses plus socket errors: anything but zero makes the figures suspect. */
  errors: { non2xx3xx: number; connect: number; read: number; write: number; timeout: number };
  raw: string;
};

const toMs: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function duration(text: string): number {
  const match = /^([\d.]+)(us|ms|s|m|h)$/.exec(text);
  if (!match) throw new Error(`wrk: cannot read the duration "${text}"`);
  return Number(match[1]) * toMs[match[2]];
}

/** Parses wrk 4's report (run with --latency). */
export function parseWrk(url: string, raw: string): WrkResult {
  const need = (pattern: RegExp, what: string) => {
    const match = pattern.exec(raw);
    if (!match) throw new Error(`wrk: no ${what} in its output:\n${raw}`);
    return match;
  };
  const latency = need(/^\s*Latency\s+(\S+)\s+\S+\s+(\S+)/m, 'latency line');
  const percentile = (p: number) => duration(need(new RegExp(`^\\s*${p}%\\s+(\\S+)`, 'm'), `${p}% latency (was --latency given?)`)[1]);
  const sockets = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(raw);
  return {
    url,
    requests: Number(need(/^\s*(\d+) requests in/m, 'request count')[1]),
    requestsPerSecond: Number(need(/^Requests\/sec:\s+([\d.]+)/m, 'Requests/sec')[1]),
    latencyMs: { avg: duration(latency[1]), p50: percentile(50), p75: percentile(75), p90: percentile(90), p99: percentile(99), max: duration(latency[2]) },
    errors: {
      non2xx3xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(raw)?.[1] ?? 0),
      connect: Number(sockets?.[1] ?? 0),
      read: Number(sockets?.[2] ?? 0),
      write: Number(sockets?.[3] ?? 0),
      timeout: Number(sockets?.[4] ?? 0),
    },
    raw,
  };
}

export function assertWrkInstalled() {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (probe.error) throw new Error('wrk is not installed: apt-get install -y wrk');
}

/** Runs wrk against a loopback URL, killed if it overruns its duration by more than 30 s. */
export function runWrk(url: string, { threads, connections, seconds }: WrkOptions): Promise<WrkResult> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`refusing to load anything but 127.0.0.1: ${url}`);
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', [`-t${threads}`, `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '--latency', url], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let raw = '';
    child.stdout.on('data', (chunk) => (raw += chunk));
    child.stderr.on('data', (chunk) => (raw += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), (seconds + 30) * 1000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`wrk exited with ${code}:\n${raw}`));
      try {
        resolve(parseWrk(url, raw));
      } catch (error) {
        reject(error);
      }
    });
  });
}
