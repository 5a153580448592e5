// Notebook 02's image neuron: the input a (12 × 12), the weights w, their product w·a pixel by pixel, a colour
// bar for the weights, and z = Σ w·a + b with σ(z) above.
// Python: image_neuron_explorer in nnlib/widgets/weights.py (the same picture in matplotlib, for the stored picture).
import { neuron } from "./mirror.js";
import { fixed, mount, term } from "./base.js";

const PANEL = 260; // each picture's side, CSS pixels
const TOP = 80;
const LEFTS = [15, 295, 575];
const BAR = { x: 862, y: TOP + 26, w: 18, h: PANEL - 52 }; // the colour bar (matplotlib's shrink 0.8)
const BAR_STEPS = Float64Array.from({ length: 128 }, (_, i) => 2 - (4 * (i + 0.5)) / 128);

/** The weights shown: the pattern's positive weights times `positive`, its negative ones times `negative`
 * (as nnlib.patterns.pattern_weights). */
export function patternWeights(pattern, positive, negative) {
  return pattern.map((p) => (p > 0 ? positive * p : negative * p));
}

/** A picture with its title and the left and bottom edges of its axes, as matplotlib draws it here. */
function picture(fig, left, title, values, size, cmap, vmin, vmax) {
  const box = { x: left, y: TOP, w: PANEL, h: PANEL };
  fig.image(box, values, size, size, cmap, vmin, vmax);
  fig.line([[left, TOP], [left, TOP + PANEL], [left + PANEL, TOP + PANEL]], { colour: "black", width: 1 });
  fig.text(title, left + PANEL / 2, TOP - 12, { size: 17 });
}

function colourBar(fig, label) {
  fig.image(BAR, BAR_STEPS, BAR_STEPS.length, 1, "signed", -2, 2);
  fig.rect(BAR.x, BAR.y, BAR.w, BAR.h, { stroke: "black", width: 1 });
  for (let v = -2; v <= 2; v += 1) {
    const y = BAR.y + ((2 - v) / 4) * BAR.h;
    fig.line([[BAR.x + BAR.w, y], [BAR.x + BAR.w + 4, y]], { colour: "black", width: 1 });
    fig.text(v < 0 ? `\u2212${-v}` : String(v), BAR.x + BAR.w + 7, y, { size: 14, align: "left", baseline: "middle" });
  }
  fig.text(label, BAR.x + BAR.w + 46, BAR.y + BAR.h / 2, { size: 15, rotate: -Math.PI / 2, baseline: "middle" });
}

function draw(fig, v, data, texts) {
  const { size } = data;
  const a = data.images[v.image];
  const w = patternWeights(data.shapes[v.pattern], v.positive, v.negative);
  const product = new Float64Array(a.length);
  let weightedSum = 0;
  for (let k = 0; k < a.length; k += 1) {
    product[k] = w[k] * a[k];
    weightedSum += product[k];
  }
  const [z, out] = neuron(a, w, v.b);
  picture(fig, LEFTS[0], texts.input_a, a, size, "ink", 0, 1);
  picture(fig, LEFTS[1], texts.weights_w, w, size, "signed", -2, 2);
  picture(fig, LEFTS[2], texts.product_picture, product, size, "signed", -2, 2);
  colourBar(fig, texts.weight_sign_legend);
  const total = `z = Σ w·a + b = ${fixed(weightedSum, 2)} + ${term(v.b)} = ${fixed(z, 2)}    σ(z) = ${fixed(out, 3)}`;
  fig.text(total, fig.width / 2, 32, { size: 19 });
  fig.canvas.setAttribute("aria-label", total);
  const state = out > 0.5 ? texts.fires : texts.quiet;
  return [
    `Σ w·a = <b>${fixed(weightedSum, 2)}</b>`,
    `z = Σ w·a + b = <b>${fixed(z, 2)}</b>`,
    `σ(z) = <b>${fixed(out, 3)}</b> (${state})`,
  ];
}

function render({ model, el }) {
  return mount(model, el, { width: 945, height: 370, draw });
}

export default { render };
