// Where the time of a frame's longest tasks goes, for the Chromium benches: each long task of one
// renderer main thread split into the trace events nested in it (by self time) and the JavaScript
// functions the CPU profiler sampled during it (by self time). Printed only when SIGAP_PROFILE=1:
// profiling slows the run, so the plain figures are measured without it.

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  parent?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

const top = (totals: Map<string, number>, n: number) =>
  [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `      ${(us / 1000).toFixed(1).padStart(6)} ms  ${name}`)
    .join('\n');

/** Self time of the trace events nested inside `task` on its own thread, by event name. */
function nestedEvents(task: TraceEvent, events: readonly TraceEvent[]): Map<string, number> {
  const end = task.ts + (task.dur ?? 0);
  const inside = events
    .filter(
      (e) =>
        e !== task &&
        e.ph === 'X' &&
        e.pid === task.pid &&
        e.tid === task.tid &&
        e.ts >= task.ts &&
        e.ts + (e.dur ?? 0) <= end,
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const totals = new Map<string, number>();
  // A stack of open events: each event's self time is its duration minus its direct children's.
  const stack: { event: TraceEvent; children: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack.at(-1)!.event.ts + (stack.at(-1)!.event.dur ?? 0) <= upTo) {
      const { event, children } = stack.pop()!;
      totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) - children);
      if (stack.length) stack.at(-1)!.children += event.dur ?? 0;
    }
  };
  for (const event of inside) {
    close(event.ts);
    stack.push({ event, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

/** Self time per function of the profile samples taken inside `task`. */
function sampledFunctions(task: TraceEvent, profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  const end = task.ts + (task.dur ?? 0);
  let at = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    at += deltas[i] ?? 0;
    const next = at + (deltas[i + 1] ?? 0);
    if (at < task.ts || at > end) continue;
    const frame = byId.get(samples[i]!)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').pop() ?? '';
    const name = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    totals.set(name, (totals.get(name) ?? 0) + Math.max(0, next - at));
  }
  return totals;
}

/**
 * The `count` tasks of `tasks` that used the most CPU (wall time on a busy machine is mostly
 * waiting), each with what it spent its time on, after a timeline of every task over 5 ms of CPU.
 */
export function describeLongestTasks(
  tasks: readonly TraceEvent[],
  events: readonly TraceEvent[],
  profile: CpuProfile | null,
  count = 5,
): string {
  const origin = tasks[0]?.ts ?? 0;
  const timeline = tasks
    .filter((t) => (t.tdur ?? 0) > 5000)
    .map((t) => {
      const [name] = [...nestedEvents(t, events).entries()].sort((a, b) => b[1] - a[1])[0] ?? ['?'];
      return `      +${((t.ts - origin) / 1000).toFixed(0)} ms: ${((t.tdur ?? 0) / 1000).toFixed(1)} ms CPU, ${((t.dur ?? 0) / 1000).toFixed(1)} ms wall, mostly ${name}`;
    })
    .join('\n');
  const longest = [...tasks].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, count);
  return `    every task over 5 ms of CPU:\n${timeline}\n${longest
    .map((task) => {
      const head = `    task at +${((task.ts - origin) / 1000).toFixed(0)} ms: ${((task.dur ?? 0) / 1000).toFixed(1)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(1)} ms CPU`;
      const trace = `    trace events (self time):\n${top(nestedEvents(task, events), 8)}`;
      const js = profile
        ? `\n    sampled functions (self time):\n${top(sampledFunctions(task, profile), 12)}`
        : '';
      return `${head}\n${trace}${js}`;
    })
    .join('\n')}`;
}
