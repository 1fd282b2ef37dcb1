import type { Queue } from 'bullmq';

/** True when the queue datastore answers within the time limit (BullMQ would otherwise wait for it). */
export async function queueAnswers(queue: Queue, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([queue.getJobCounts('waiting').then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
