// Notebook 02's weights explorer: a bar for each term wᵢ·aᵢ and for b, their sum z, and the point (z, σ(z)).
// Positive terms are blue and plain, negative ones vermillion and hatched (the sign is never told by colour alone).
// Python: weights_explorer in nnlib/widgets/weights.py (the same picture in matplotlib, for the stored picture).
import { neuron, sigmoid } from "./mirror.js";
import { Axes, BLUE, GREY, ORANGE, fixed, general, mount, signColour, term } from "./base.js";

const NAMES = ["w₁a₁", "w₂a₂", "w₃a₃", "b", "z"];
const Z_GRID = Array.from({ length: 321 }, (_, i) => -8 + i / 20);
const Z_CURVE = Z_GRID.map(sigmoid);
const BAR_TICKS = Array.from({ length: 9 }, (_, i) => [-8 + 2 * i, String(-8 + 2 * i).replace("-", "\u2212")]);
const CURVE_XTICKS = Array.from({ length: 7 }, (_, i) => [-7.5 + 2.5 * i, fixed(-7.5 + 2.5 * i, 1).replace("-", "\u2212")]);
const CURVE_YTICKS = Array.from({ length: 6 }, (_, i) => [0.2 * i, fixed(0.2 * i, 1)]);
const HATCH_GAP = 7; // pixels between the hatch lines

/** `x` held within [low, high]. */
function clamp(x, low, high) {
  return Math.min(Math.max(x, low), high);
}

/** A bar from 0 to `height` (data units, cut at the axes' limits) at category `i`, 0.8 wide; hatched "//" when
 * `hatched`. */
function bar(ax, i, height, fill, hatched) {
  const { fig } = ax;
  const [left, right] = [ax.x(i - 0.4), ax.x(i + 0.4)];
  const shown = clamp(height, ...ax.ylim);
  const [top, bottom] = [ax.y(Math.max(shown, 0)), ax.y(Math.min(shown, 0))];
  const box = { x: left, y: top, w: right - left, h: bottom - top };
  fig.rect(box.x, box.y, box.w, box.h, { fill });
  if (hatched) fig.hatch(box.x, box.y, box.w, box.h, { gap: HATCH_GAP });
  fig.rect(box.x, box.y, box.w, box.h, { stroke: "black", width: 1.5 });
}

function draw(fig, v, data, texts) {
  const a = data.inputs;
  const w = [v.w1, v.w2, v.w3];
  const [z, out] = neuron(a, w, v.b);
  const terms = [...w.map((wi, i) => wi * a[i]), v.b, z];

  const bars = new Axes(fig, { x: 50, y: 40, w: 440, h: 310 }, [-0.6, 4.6], [-8, 8]);
  bars.frame(NAMES.map((name, i) => [i, name]), BAR_TICKS, { size: 15 });
  terms.forEach((height, i) => {
    const last = i === NAMES.length - 1;
    bar(bars, i, height, last ? GREY : signColour(height), !last && height < 0);
  });
  bars.plot([-0.6, 4.6], [0, 0], { colour: "black", width: 1 });
  terms.forEach((height, i) => {
    const y = clamp(height + (height >= 0 ? 0.3 : -0.9), -7.7, 7.3); // beyond the axes: inside the bar's end
    fig.text(fixed(height, 2), bars.x(i), bars.y(y), { size: 15 });
  });
  bars.title(texts.contributions_title, 18);

  const curve = new Axes(fig, { x: 565, y: 40, w: 360, h: 310 }, [-8, 8], [-0.05, 1.05]);
  curve.frame(CURVE_XTICKS, CURVE_YTICKS, { size: 14 });
  curve.plot(Z_GRID, Z_CURVE, { colour: BLUE, width: 3 });
  if (Math.abs(z) <= 8) fig.dot(curve.x(z), curve.y(out), { fill: ORANGE, r: 8 });
  const title = `σ(z) = ${fixed(out, 3)}`;
  curve.title(title, 18);
  curve.xlabel("z", 16);
  fig.canvas.setAttribute("aria-label", `z = ${fixed(z, 2)}, ${title}`);

  const products = w.map((wi, i) => `${term(wi, 1)}×${general(a[i])}`).join(" + ");
  return [
    `z = ${products} + ${term(v.b, 1)} = <b>${fixed(z, 2)}</b>`,
    `σ(z) = <b>${fixed(out, 3)}</b>`,
  ];
}

function render({ model, el }) {
  return mount(model, el, { width: 945, height: 400, draw });
}

export default { render };
