/**
 * Positions for the relationship graph, computed at build time with d3-force so the picture is plain SVG.
 * d3-force starts from a fixed spiral and uses its own seeded random source, so the layout is the same on
 * every build.
 */
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';

export interface Placed {
  x: number;
  y: number;
  r: number;
}

export function layout(nodes: { weight: number }[], edges: { source: number; target: number; weight: number }[], width: number, height: number): Placed[] {
  const max = Math.max(1, ...nodes.map((n) => n.weight));
  const sim: (SimulationNodeDatum & { r: number })[] = nodes.map((n) => ({ r: 6 + 10 * Math.sqrt(n.weight / max) }));
  const links = edges.map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation(sim)
    .force('charge', forceManyBody().strength(-260))
    .force('link', forceLink(links).distance(90).strength(0.35))
    .force('collide', forceCollide<SimulationNodeDatum & { r: number }>().radius((d) => d.r + 34))
    .force('x', forceX(0).strength(0.06))
    .force('y', forceY(0).strength(0.1))
    .force('center', forceCenter(0, 0))
    .stop();
  simulation.tick(400);
  // Fit into the box, leaving room for labels.
  const xs = sim.map((n) => n.x ?? 0);
  const ys = sim.map((n) => n.y ?? 0);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Labels run wider than nodes are tall: more room at the sides than at the top and bottom.
  const padX = 110;
  const padY = 40;
  const sx = (width - 2 * padX) / Math.max(1, maxX - minX);
  const sy = (height - 2 * padY - 20) / Math.max(1, maxY - minY);
  return sim.map((n) => ({ x: Math.round((padX + ((n.x ?? 0) - minX) * sx) * 10) / 10, y: Math.round((padY + ((n.y ?? 0) - minY) * sy) * 10) / 10, r: Math.round(n.r * 10) / 10 }));
}
