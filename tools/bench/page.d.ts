// The benchmark page's globals (tools/bench/trials.js), as tools/bench/bench.mjs calls them through
// puppeteer: declared for the type check of tools/ (tsconfig.tools.json).

interface BenchTrials {
  upgrade(tag: string, n: number): Promise<{ render: number; layout: number; styleLayout: number }>;
  armClick(tag: string): Promise<void>;
  clickResult(): Promise<{ response: number; handler?: number }>;
  churn(tag: string, n: number): Promise<void>;
}

interface Window {
  bench: BenchTrials;
}
