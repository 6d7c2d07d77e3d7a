import { nowMs } from '../../core/clock';
/**
 * Per-host politeness: at most `maxConcurrent` requests in flight to one host, and at least
 * `minGapMs` between the starts of two requests to it. Waiting requests go in arrival order, so a
 * long queue for one shop never starves another shop's requests.
 */

export interface PolitenessRules {
  maxConcurrent: number;
  minGapMs: number;
}

export const DEFAULT_POLITENESS: PolitenessRules = { maxConcurrent: 2, minGapMs: 1500 };

interface HostLane {
  active: number;
  lastStartAt: number;
  waiting: Array<() => void>;
  timer: ReturnType<typeof setTimeout> | undefined;
}

export class HostGate {
  /** One lane per host, kept for the gate's life: shops are few, and a lane remembers its last start. */
  private readonly lanes = new Map<string, HostLane>();

  constructor(
    private rules: PolitenessRules = DEFAULT_POLITENESS,
    private readonly now: () => number = nowMs,
  ) {}

  /** New limits apply from the next request on; the lanes keep their last start times. */
  setRules(rules: PolitenessRules): void {
    this.rules = rules;
    for (const lane of this.lanes.values()) {
      // A wait timed under the old gap is timed again under the new one.
      clearTimeout(lane.timer);
      lane.timer = undefined;
      this.pump(lane);
    }
  }

  /** Runs `task` once the host lets another request through; the slot is freed when it settles. */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const lane = this.lane(host);
    await new Promise<void>((resolve) => {
      lane.waiting.push(resolve);
      this.pump(lane);
    });
    try {
      return await task();
    } finally {
      lane.active--;
      this.pump(lane);
    }
  }

  private lane(host: string): HostLane {
    let lane = this.lanes.get(host);
    if (!lane) {
      lane = { active: 0, lastStartAt: -Infinity, waiting: [], timer: undefined };
      this.lanes.set(host, lane);
    }
    return lane;
  }

  private pump(lane: HostLane): void {
    if (lane.timer !== undefined || lane.waiting.length === 0 || lane.active >= Math.max(1, this.rules.maxConcurrent)) return;
    const wait = lane.lastStartAt + this.rules.minGapMs - this.now();
    if (wait > 0) {
      lane.timer = setTimeout(() => {
        lane.timer = undefined;
        this.pump(lane);
      }, wait);
      return;
    }
    lane.active++;
    lane.lastStartAt = this.now();
    lane.waiting.shift()!();
    this.pump(lane);
  }
}
