import { readFileSync } from 'node:fs';

/** A process's resident memory now (VmRSS), in MiB, from Linux's /proc; 0 elsewhere. */
export function residentMemoryMb(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** Samples a process's resident memory while `work` runs; returns its result with the peak seen. */
export async function withPeakMemory<T>(pid: number | undefined, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = residentMemoryMb(pid);
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, residentMemoryMb(pid));
  }, 10);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peakMb, residentMemoryMb(pid)) };
  } finally {
    clearInterval(timer);
  }
}
