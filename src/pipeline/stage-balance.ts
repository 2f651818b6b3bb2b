import type { EventLoopUtilization } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';

/** Articles between two looks at how busy the stages are. */
const EVERY = 16;
/** How far the share moves per look. */
const STEP = 0.02;
/** Difference in busy time that is not worth acting on. */
const SLACK = 0.03;
/**
 * Where the share starts: morphology is the heavier stage, in instructions by far (callgrind,
 * 600 articles of ~1,300 characters: 5.2 G per 300 articles on its thread against 3.05 G on the
 * other's), in CPU time less (1,500 articles, loaded machine: 5.8 against 5.2 s with no share,
 * 5.0 against 5.6 s with it), so the start is on the high side and the looks bring it down.
 */
const INITIAL = 0.2;

/**
 * Decides which articles the rest stage tokenizes itself, so that both threads stay busy: the
 * share of such articles follows which stage's event loop was busier since the last look. How
 * fast each stage is depends on the text and the machine, so it is measured, not assumed.
 * Which thread tokenizes an article changes nothing in its record.
 */
export class StageBalance {
  private share = INITIAL;
  private owed = 0;
  private count = 0;
  private last: [EventLoopUtilization, EventLoopUtilization] | null = null;

  constructor(
    private readonly morphology: Worker,
    private readonly rest: Worker,
  ) {}

  /** True when the next article's morphemes are to be found by the rest stage. */
  next(): boolean {
    if (++this.count % EVERY === 0) this.look();
    this.owed += this.share;
    if (this.owed < 1) return false;
    this.owed -= 1;
    return true;
  }

  private look(): void {
    const now: [EventLoopUtilization, EventLoopUtilization] = [
      this.morphology.performance.eventLoopUtilization(),
      this.rest.performance.eventLoopUtilization(),
    ];
    if (this.last) {
      const busyM = this.morphology.performance.eventLoopUtilization(now[0], this.last[0]);
      const busyR = this.rest.performance.eventLoopUtilization(now[1], this.last[1]);
      const lead = busyM.utilization - busyR.utilization;
      if (lead > SLACK) this.share = Math.min(0.5, this.share + STEP);
      else if (lead < -SLACK) this.share = Math.max(0, this.share - STEP);
    }
    this.last = now;
  }
}
