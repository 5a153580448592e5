// Shared by notebook 04's digit explorer (digits.js) and drawing pad (pad.js): the layers figure of one digit —
// the 28 × 28 input, each hidden layer as a column of cells, the outputs as bars with the answer blue and the
// label's bar outlined orange — and its readout. Python: LayersFigure and _report in nnlib/widgets/digits.py.
// data.layout: where matplotlib draws each panel ([x0, y0, w, h] in figure fractions from the bottom left).
import { forward, argmax } from "./mirror.js";
import { Axes, BLUE, GREY, ORANGE, PT, fixed, format } from "./base.js";

export const LAYERS_WIDTH = 1000; // the matplotlib figure's size in pixels (10 × 4.4 inches at 100 dpi)
export const LAYERS_HEIGHT = 440;
const GRID = "#E3E3E3"; // matplotlib's grid (#B0B0B0, alpha 0.35) on white
const BAR_TICKS = [0, 0.2, 0.4, 0.6, 0.8, 1];

/** A matplotlib axes position [x0, y0, w, h] (figure fractions, from the bottom) as a box in canvas pixels. */
export function panelBox(fig, [x0, y0, w, h]) {
  return { x: x0 * fig.width, y: (1 - y0 - h) * fig.height, w: w * fig.width, h: h * fig.height };
}

/** The left and bottom spines of a panel, as nnlib's style draws them. */
export function spines(fig, box) {
  fig.line([[box.x, box.y], [box.x, box.y + box.h], [box.x + box.w, box.y + box.h]], { colour: "black", width: 0.8 * PT });
}

/** A panel's title, as matplotlib puts it: 6 points above the panel. */
export function panelTitle(fig, box, text, points = 16) {
  fig.text(text, box.x + box.w / 2, box.y - 6 * PT, { size: points * PT });
}

/** Every layer's activations of one image (uint8 pixels, 784), as nnlib's Network computes them from flatten(). */
export function layersOf(net, pixels) {
  return forward(net, Float64Array.from(pixels, (p) => p / 255));
}

/** The layers figure of one digit (LayersFigure.show): `activations` [x, a1, …, out]; returns the answer. */
export function drawLayers(fig, layout, pixels, activations, label, texts) {
  const input = panelBox(fig, layout.input);
  fig.image(input, pixels, 28, 28, "ink", 0, 255);
  spines(fig, input);
  panelTitle(fig, input, texts.input_784);
  activations.slice(1, -1).forEach((a, k) => {
    const box = panelBox(fig, layout.hidden[k]);
    fig.image(box, a, a.length, 1, "ink", 0, 1);
    spines(fig, box);
    panelTitle(fig, box, format(texts.hidden_short, { n: k + 1 }), 13);
  });
  const out = activations[activations.length - 1];
  const answer = argmax(out);
  const ax = new Axes(fig, panelBox(fig, layout.output), [0, 1], layout.output_ylim);
  const { box } = ax;
  const tick = 3.5 * PT;
  for (const v of BAR_TICKS) {
    fig.line([[ax.x(v), box.y], [ax.x(v), box.y + box.h]], { colour: GRID, width: 0.8 * PT });
    fig.line([[ax.x(v), box.y + box.h], [ax.x(v), box.y + box.h + tick]], { colour: "black", width: 0.8 * PT });
    fig.text(fixed(v, 1), ax.x(v), box.y + box.h + 2 * tick, { size: 13 * PT, baseline: "top" });
  }
  for (let d = 0; d < out.length; d += 1) {
    fig.line([[box.x, ax.y(d)], [box.x + box.w, ax.y(d)]], { colour: GRID, width: 0.8 * PT });
    fig.line([[box.x - tick, ax.y(d)], [box.x, ax.y(d)]], { colour: "black", width: 0.8 * PT });
    fig.text(String(d), box.x - 2 * tick, ax.y(d), { size: 13 * PT, align: "right", baseline: "middle" });
  }
  for (let d = 0; d < out.length; d += 1) {
    const top = ax.y(d - 0.4);
    const height = ax.y(d + 0.4) - top;
    const width = ax.x(Math.min(1, Math.max(0, out[d]))) - box.x;
    fig.rect(box.x, top, width, height, { fill: d === answer ? BLUE : GREY });
    if (d === label) fig.rect(box.x, top, width, height, { stroke: ORANGE, width: 3 * PT });
  }
  spines(fig, box);
  panelTitle(fig, box, texts.output_10);
  fig.text(format(texts.answer_is, { digit: answer }), ax.x(0.98), ax.y(9.4), { size: 15 * PT, colour: BLUE, align: "right" });
  return answer;
}

/** The readout rows of one digit (_report): the untrained note, the answer, the label with ✓/✗, every output. */
export function layersReport(out, answer, label, untrained, texts) {
  const rows = [format(texts.answer_line, { digit: answer, confidence: out[answer] })];
  if (untrained) rows.unshift(texts.untrained_note);
  if (label !== null) rows.push(format(texts.label_line, { digit: label }) + (label === answer ? " ✓" : " ✗"));
  rows.push(Array.from(out, (v, d) => `${d}:${fixed(v, 2)}`).join(" "));
  return rows;
}
