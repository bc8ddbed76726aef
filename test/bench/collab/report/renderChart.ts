// The p99-latency chart: a Vega-Lite spec, rendered headless by Vega to SVG and by resvg
// (prebuilt binary shipped in its npm package) to PNG.
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

export interface ChartPoint {
  server: string;
  editors: number;
  p99: number;
}

export async function renderLatencyChart(points: ChartPoint[], title: string): Promise<Buffer> {
  const spec: TopLevelSpec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: title, fontSize: 15 },
    width: 640,
    height: 380,
    background: 'white',
    layer: [
      {
        data: { values: points },
        mark: { type: 'line', point: { size: 60 }, strokeWidth: 2.5 },
        encoding: {
          x: {
            field: 'editors',
            type: 'quantitative',
            scale: {
              type: 'log',
              domain: [
                Math.min(...points.map((p) => p.editors)),
                Math.max(...points.map((p) => p.editors)),
              ],
            },
            title: 'editors on one statement',
            axis: { values: [...new Set(points.map((p) => p.editors))] },
          },
          y: {
            field: 'p99',
            type: 'quantitative',
            scale: { type: 'log' },
            title: 'p99 propagation latency (ms, log scale)',
          },
          color: {
            field: 'server',
            type: 'nominal',
            title: 'server',
            scale: { scheme: 'category10' },
          },
        },
      },
      {
        data: { values: [{ y: 100 }] },
        mark: { type: 'rule', strokeDash: [6, 4], color: '#888' },
        encoding: { y: { field: 'y', type: 'quantitative' } },
      },
      {
        data: { values: [{ y: 100, x: Math.min(...points.map((p) => p.editors)) }] },
        mark: { type: 'text', align: 'left', dy: -8, color: '#555', text: '100 ms' },
        encoding: {
          x: { field: 'x', type: 'quantitative' },
          y: { field: 'y', type: 'quantitative' },
        },
      },
    ],
  };
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  const svg = await view.toSVG();
  view.finalize();
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: 1100 },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: 'white',
  }).render();
  return png.asPng();
}
