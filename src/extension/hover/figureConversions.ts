// Conversions of a figure's unit to the units readers compare with (亩 → m², 公顷…).
import { digits } from './figureFormat';

interface Conversion {
  factor: number;
  unit: string;
}

const SQUARE_METRES_PER_MU = 10000 / 15;

const TABLE: Record<string, Conversion[]> = {
  亩: [{ factor: SQUARE_METRES_PER_MU, unit: 'm²' }, { factor: 1 / 15, unit: 'ha' }],
  公顷: [{ factor: 10000, unit: 'm²' }, { factor: 15, unit: '亩' }],
  平方公里: [{ factor: 1e6, unit: 'm²' }, { factor: 100, unit: 'ha' }, { factor: 1500, unit: '亩' }],
  平方千米: [{ factor: 1e6, unit: 'm²' }, { factor: 100, unit: 'ha' }, { factor: 1500, unit: '亩' }],
  平方米: [{ factor: 1, unit: 'm²' }, { factor: 15 / 10000, unit: '亩' }],
  公里: [{ factor: 1000, unit: 'm' }],
  千米: [{ factor: 1000, unit: 'm' }],
  里: [{ factor: 500, unit: 'm' }],
  吨: [{ factor: 1000, unit: 'kg' }],
  公斤: [{ factor: 1, unit: 'kg' }],
  千克: [{ factor: 1, unit: 'kg' }],
  斤: [{ factor: 0.5, unit: 'kg' }],
  立方米: [{ factor: 1, unit: 'm³' }],
  千瓦: [{ factor: 1, unit: 'kW' }],
  千瓦时: [{ factor: 1, unit: 'kWh' }],
};

/** "122,000 m²", "12.2 ha" for 183亩; [] when the unit has no conversion. */
export function conversionsOf(value: number, unit: string): string[] {
  return (TABLE[unit] ?? []).map((c) => `${digits(round(value * c.factor))} ${c.unit}`);
}

/** Three significant figures after the point at most: conversions are approximate. */
function round(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const magnitude = Math.floor(Math.log10(Math.abs(x)));
  const step = Math.pow(10, Math.min(0, magnitude - 3));
  return Math.round(x / step) * step;
}
