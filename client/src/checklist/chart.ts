// The DORA trend charts: one small line per metric across the window's weeks.
// Pure: numbers in, SVG text out, so the geometry and the spoken label are
// unit-tested without a webview.
import type { DoraWeek } from '../../../server/src/checklist/types';
import { duration, esc, trim } from './html';

export type TrendMetric = 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'timeToRestore';

export const CHART = { width: 200, height: 48, pad: 4 } as const;

/** The week's value of a metric, or null when the week has none (no deployment judged, nothing restored). */
export function weekValue(metric: TrendMetric, week: DoraWeek): number | null {
  switch (metric) {
    case 'deploymentFrequency':
      return week.deployments;
    case 'leadTime':
      return week.leadTimeHours;
    case 'changeFailureRate':
      return week.judged > 0 ? week.failed / week.judged : null;
    case 'timeToRestore':
      return week.timeToRestoreHours;
  }
}

/** How one value reads aloud and in the chart's label. */
export function formatValue(metric: TrendMetric, value: number | null): string {
  if (value === null) return 'none';
  if (metric === 'deploymentFrequency') return trim(value, 2);
  if (metric === 'changeFailureRate') return `${Math.round(value * 100)}%`;
  return duration(value);
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Plot positions: weeks spread evenly left to right, values from 0 (bottom)
 * to the largest value (top); a week without a value has no point.
 */
export function chartPoints(values: readonly (number | null)[], width: number = CHART.width, height: number = CHART.height, pad: number = CHART.pad): (Point | null)[] {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...finite);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  return values.map((v, i) => {
    if (v === null || !Number.isFinite(v)) return null;
    const x = values.length > 1 ? pad + i * step : width / 2;
    const y = max > 0 ? height - pad - (Math.max(0, v) / max) * (height - 2 * pad) : height - pad;
    return { x: round(x), y: round(y) };
  });
}

/** An SVG path through the points; a week without a value breaks the line. */
export function chartPath(points: readonly (Point | null)[]): string {
  let path = '';
  let drawing = false;
  for (const p of points) {
    if (!p) {
      drawing = false;
      continue;
    }
    path += `${path ? ' ' : ''}${drawing ? 'L' : 'M'}${p.x} ${p.y}`;
    drawing = true;
  }
  return path;
}

/** The chart's text alternative: what it shows, then every week's value. */
export function chartLabel(title: string, metric: TrendMetric, weeks: readonly DoraWeek[]): string {
  if (weeks.length === 0) return `${title}: no weeks in the window.`;
  const values = weeks.map((w) => `${w.start}: ${formatValue(metric, weekValue(metric, w))}`);
  return `${title} per week, ${weeks.length} week${weeks.length === 1 ? '' : 's'} starting ${weeks[0].start}. ${values.join('; ')}.`;
}

/** The inline SVG chart of one metric, with role="img" and a label that states the numbers. */
export function trendChart(title: string, metric: TrendMetric, weeks: readonly DoraWeek[]): string {
  const values = weeks.map((w) => weekValue(metric, w));
  const points = chartPoints(values);
  const { width, height, pad } = CHART;
  const dots = points.filter((p): p is Point => p !== null).map((p) => `<circle class="chart-dot" cx="${p.x}" cy="${p.y}" r="2"></circle>`);
  return [
    `<svg class="chart" role="img" aria-label="${esc(chartLabel(title, metric, weeks))}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" focusable="false">`,
    `<line class="chart-axis" x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}"></line>`,
    `<path class="chart-line" d="${chartPath(points)}"></path>`,
    ...dots,
    '</svg>',
  ].join('');
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
