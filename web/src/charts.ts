import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

// Only the pieces the two charts use, so the bundle carries no more of Chart.js than that.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip,
);
Chart.defaults.font.family = 'system-ui, sans-serif';

const charts = new WeakMap<HTMLCanvasElement, Chart>();

/** Draws on the canvas, replacing what was there; no animation, so the chart is whole at once. */
export function drawChart(canvas: HTMLCanvasElement, config: ChartConfiguration): void {
  charts.get(canvas)?.destroy();
  const options = { ...config.options, animation: false as const, responsive: true, maintainAspectRatio: false };
  charts.set(canvas, new Chart(canvas, { ...config, options } as ChartConfiguration));
}

export const COLORS = { received: '#1f5fa8', resolved: '#2e8540', rate: '#b5400f', plan: '#8a8f98' };
