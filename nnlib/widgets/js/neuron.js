// Notebook 01's explorer: one neuron, its activation curve f(z) and the point (z, f(z)) on it.
// Python: nnlib/widgets/neuron.py (the same picture in matplotlib, for the stored picture).
import { activation, neuron } from "./mirror.js";
import { Axes, BLUE, GREY, ORANGE, fixed, format, mount, term } from "./base.js";

const Z_RANGE = 12;
const Z_GRID = Array.from({ length: 481 }, (_, i) => -Z_RANGE + (i * 2 * Z_RANGE) / 480);

function draw(fig, v, data, texts) {
  const f = activation(v.activation);
  const [z, out] = neuron([v.a], [v.w], v.b, f);
  const sigmoid = v.activation === "sigmoid";
  const symbol = sigmoid ? "σ" : "ReLU";
  const ylim = sigmoid ? [-0.05, 1.05] : [-0.6, Z_RANGE + 0.6];
  const ax = new Axes(fig, { x: 80, y: 40, w: 500, h: 280 }, [-Z_RANGE, Z_RANGE], ylim);
  const yticks = sigmoid ? [0, 0.25, 0.5, 0.75, 1] : [0, 2, 4, 6, 8, 10, 12];
  ax.frame([-10, -5, 0, 5, 10], yticks);
  ax.plot(Z_GRID, Z_GRID.map(f), { colour: BLUE, width: 2.5 });
  ax.plot([z, z, -Z_RANGE], [ylim[0], out, out], { colour: GREY, width: 1.5, dash: [6, 4] });
  if (Math.abs(z) <= Z_RANGE) fig.dot(ax.x(z), ax.y(Math.min(out, ylim[1])), { fill: ORANGE, r: 7 });
  ax.title(format(texts.neuron_title, { f: texts[v.activation] }));
  ax.xlabel(texts.weighted_sum_z);
  ax.ylabel(format(texts.activation_of_z, { f: symbol }));
  fig.canvas.setAttribute("aria-label", `z = ${fixed(z, 2)}, ${symbol}(z) = ${fixed(out, 3)}`);
  return [
    `z = w·a + b = ${term(v.w)} × ${fixed(v.a, 2)} + ${term(v.b)} = <b>${fixed(z, 2)}</b>`,
    `${symbol}(z) = <b>${fixed(out, 3)}</b>`,
  ];
}

function render({ model, el }) {
  return mount(model, el, { width: 620, height: 380, draw });
}

export default { render };
