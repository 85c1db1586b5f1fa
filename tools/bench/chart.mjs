// The benchmark's SVG chart: one group of bars per figure, each bar a candidate's median ratio with
// its interquartile range as a whisker, a line at 1.0 (the baseline), and the date and machine.

/** @type {Record<string, string>} */
const COLORS = { element: '#0a5ea8', lit: '#2e7d32', peer: '#8e44ad', vanilla: '#888' };
const escape = (/** @type {unknown} */ text) => String(text).replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * @param {{ title: string, baseline: string, bars: { who: string, label: string, median: number, q1: number, q3: number }[] }[]} groups
 * @param {string[]} caption lines under the title
 */
export function chart(groups, caption) {
  const left = 230;
  const width = 760;
  const plot = width - left - 90;
  const barHeight = 16;
  const max = Math.max(2, ...groups.flatMap((g) => g.bars.map((b) => b.q3))) * 1.05;
  const x = (/** @type {number} */ value) => left + (value / max) * plot;
  let y = 30 + caption.length * 16 + 10;
  const parts = [
    `<text x="10" y="24" font-size="16" font-weight="bold">gigya-logout: npm run bench</text>`,
    ...caption.map((line, i) => `<text x="10" y="${44 + i * 16}" font-size="12" fill="#444">${escape(line)}</text>`),
  ];
  for (const group of groups) {
    parts.push(
      `<text x="10" y="${y + 12}" font-size="13" font-weight="bold">${escape(group.title)} <tspan font-weight="normal" fill="#444">(× ${escape(group.baseline)})</tspan></text>`,
    );
    y += 20;
    const baseline = `<line x1="${x(1)}" x2="${x(1)}" y1="${y - 2}" y2="${y + group.bars.length * (barHeight + 4) - 2}" stroke="#c00" stroke-dasharray="4 3"/>`;
    for (const bar of group.bars) {
      const color = COLORS[bar.who] ?? '#555';
      parts.push(
        `<text x="${left - 8}" y="${y + 12}" font-size="12" text-anchor="end">${escape(bar.label)}</text>`,
        `<rect x="${left}" y="${y}" width="${x(bar.median) - left}" height="${barHeight}" fill="${color}"/>`,
        `<line x1="${x(bar.q1)}" x2="${x(bar.q3)}" y1="${y + barHeight / 2}" y2="${y + barHeight / 2}" stroke="#000"/>`,
        `<text x="${x(Math.max(bar.median, bar.q3)) + 6}" y="${y + 12}" font-size="12">${bar.median.toFixed(2)}×</text>`,
      );
      y += barHeight + 4;
    }
    parts.push(baseline); // over the bars
    y += 10;
  }
  parts.push(
    `<text x="${x(1) + 4}" y="${y + 2}" font-size="11" fill="#c00">1.0 = baseline; whiskers: interquartile range of per-pair ratios</text>`,
  );
  const height = y + 14;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif"><rect width="100%" height="100%" fill="#fff"/>${parts.join('')}</svg>\n`;
}
