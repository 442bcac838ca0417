/** What Linux's /proc says about a process: CPU time, memory, children, listening sockets. */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** User + system CPU time of the whole process (all its threads) so far, in ms; 0 once gone. */
export function cpuMs(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return 0;
  // The command name may hold spaces and parentheses: fields start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / TICKS_PER_SECOND;
}

/**
 * The main thread's time on a core and its time waiting in the run queue for one, in ms: a
 * server that waits a lot is short of CPU (other processes, the generator), not slow itself.
 */
export function mainThreadSchedule(pid: number): { runMs: number; waitMs: number } {
  const [run, wait] = (read(`/proc/${pid}/task/${pid}/schedstat`) ?? '0 0').split(' ');
  return { runMs: Number(run) / 1e6, waitMs: Number(wait) / 1e6 };
}

export function rssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(read(`/proc/${pid}/status`) ?? '');
  return match ? Number(match[1]) * 1024 : 0;
}

export function cpuAffinity(pid: number): string {
  return /Cpus_allowed_list:\s+(\S+)/.exec(read(`/proc/${pid}/status`) ?? '')?.[1] ?? '?';
}

export function commandLine(pid: number): string {
  return (read(`/proc/${pid}/cmdline`) ?? '').split('\0').join(' ').trim();
}

/** Every process below `pid`, children before grandchildren. */
export function descendants(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${parent}/task`);
    } catch {
      continue;
    }
    for (const task of tasks) {
      const children = read(`/proc/${parent}/task/${task}/children`) ?? '';
      for (const child of children.split(' ').filter(Boolean).map(Number)) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** Inodes of the sockets listening on `port` (IPv4 or IPv6). */
function listeningInodes(port: number): Set<string> {
  const inodes = new Set<string>();
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of (read(table) ?? '').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT; state 0A is LISTEN; the inode is the tenth column.
      if (cols[1]?.endsWith(`:${hexPort}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  return inodes;
}

function holdsSocket(pid: number, inodes: Set<string>): boolean {
  let fds: string[] = [];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false;
  }
  return fds.some((fd) => {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      return target.startsWith('socket:[') && inodes.has(target.slice(8, -1));
    } catch {
      return false;
    }
  });
}

/**
 * The process that really serves: `npm start` may run the server in its own process or in a
 * child. The one holding the listening socket wins; failing that, a `server/main` command line.
 */
export function listeningProcess(rootPid: number, port: number): number {
  const family = [rootPid, ...descendants(rootPid)];
  const inodes = listeningInodes(port);
  const holder = family.find((pid) => holdsSocket(pid, inodes));
  if (holder) return holder;
  return family.find((pid) => commandLine(pid).includes('server/main')) ?? rootPid;
}

export function machine() {
  const cpu = cpus();
  return {
    node: process.version,
    cpuModel: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
  };
}

/** The soft limit on open files, as the processes this one starts will inherit it. */
export function openFileLimit(): number {
  try {
    const limit = Number(execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim());
    return Number.isFinite(limit) ? limit : Number.POSITIVE_INFINITY; // "unlimited"
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** `BENCH_PROF=dir`: CPU profiles of the server and of every bench process, written on exit. */
export function profileArgs(name: string): string[] {
  const dir = process.env.BENCH_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${join(dir, name)}`] : [];
}
