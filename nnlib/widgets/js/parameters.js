// Notebook 03's parameter counter: the 784-h1-h2-10 network's weights and biases, layer by layer, as bars on a
// symlog scale (linear within ±10, logarithmic beyond, as matplotlib's symlog with linthresh 10).
// Python: nnlib/widgets/layer.py (the same picture in matplotlib, for the stored picture).
import { Axes, BLUE, FONT, GREY, format, mount } from "./base.js";

const LINTHRESH = 10;
const LINSCALE = 1 / (1 - 1 / 10); // matplotlib's symlog: the linear part spans linscale / (1 − 1/base) decades
const YMAX = 2e5;
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** (number of weights, number of biases) of a network with layer sizes `sizes`, as nnlib.layers.parameter_count. */
export function parameterCount(sizes) {
  let weights = 0;
  let biases = 0;
  for (let k = 1; k < sizes.length; k += 1) {
    weights += sizes[k - 1] * sizes[k];
    biases += sizes[k];
  }
  return [weights, biases];
}

/** matplotlib's symlog transform (base 10, linthresh LINTHRESH, linscale 1), in units of LINTHRESH. */
function symlog(v) {
  const a = Math.abs(v);
  const y = a <= LINTHRESH ? (a / LINTHRESH) * LINSCALE : LINSCALE + Math.log10(a / LINTHRESH);
  return Math.sign(v) * y;
}

const YTICKS = [[0, "0"], ...[1, 2, 3, 4, 5].map((e) => [symlog(10 ** e), `10${SUPERSCRIPT[e]}`])];

function legend(fig, ax, texts) {
  const size = 15;
  const entries = [[texts.weights_word, false], [texts.biases_word, true]];
  const { ctx } = fig;
  ctx.save();
  ctx.font = `${size}px ${FONT}`;
  const textWidth = Math.max(...entries.map(([text]) => ctx.measureText(text).width));
  ctx.restore();
  const w = 36 + 10 + textWidth + 20;
  const h = entries.length * 26 + 12;
  const x = ax.box.x + ax.box.w - w - 8;
  const y = ax.box.y + 8;
  fig.rect(x, y, w, h, { fill: "rgba(255,255,255,0.8)", stroke: "#CCCCCC", width: 1 });
  entries.forEach(([text, hatch], k) => {
    const top = y + 10 + k * 26;
    if (hatch) fig.hatch(x + 10, top + 2, 36, 14, { fill: GREY, width: 1.2, gap: 12 });
    else fig.rect(x + 10, top + 2, 36, 14, { fill: BLUE });
    fig.text(text, x + 56, top + 9, { size, align: "left", baseline: "middle" });
  });
}

function draw(fig, v, data, texts) {
  const sizes = [784, v.hidden1, v.hidden2, 10];
  const ax = new Axes(fig, { x: 90, y: 40, w: 600, h: 290 }, [-0.54, 2.54], [0, symlog(YMAX)]);
  const xticks = [0, 1, 2].map((k) => [k, `${sizes[k]}→${sizes[k + 1]}`]);
  ax.frame(xticks, YTICKS, { size: 15 });
  const bottom = ax.y(0);
  for (let k = 0; k < 3; k += 1) {
    const [nWeights, nBiases] = parameterCount(sizes.slice(k, k + 2));
    const left = ax.x(k - 0.4);
    const width = ax.x(k) - left;
    const top = (n) => ax.y(symlog(n));
    fig.rect(left, top(nWeights), width, bottom - top(nWeights), { fill: BLUE });
    fig.hatch(left + width, top(nBiases), width, bottom - top(nBiases), { fill: GREY, width: 1.2, gap: 12 });
  }
  legend(fig, ax, texts);
  const [weights, biases] = parameterCount(sizes);
  const total = weights + biases;
  ax.title(`${sizes.join("-")}: ${format("{n:,}", { n: total })}`, 19);
  ax.ylabel(texts.count_word, 17);
  fig.canvas.setAttribute("aria-label", `${sizes.join("-")}: ${format("{n:,}", { n: total })}`);
  return [
    format(texts.weights_count, { n: weights }),
    format(texts.biases_count, { n: biases }),
    format(texts.total_count, { n: total }),
  ];
}

function render({ model, el }) {
  return mount(model, el, { width: 720, height: 370, draw });
}

export default { render };
