// Notebook 04's network explorer: the video's diagram (nnlib.plots.NetworkDiagram) lit up layer by layer for one
// digit. The image is the input (its middle row, the pixels drawn as circles, marked); each further layer is a
// column of circles shaded by its activation; between two lit layers the strongest contributions a·w are drawn,
// blue and solid where they push the next neuron up, vermillion and dashed where they push it down.
// Python: nnlib/widgets/network_view.py (light_up) and NetworkDiagram in nnlib/plots.py (the same picture in
// matplotlib, for the stored picture).
// data: net (W, b, sizes, hidden, output), images (uint8, the first 300 at most), labels (or none), names (what
// each output stands for), hidden_names (per column: the names written beside its neurons, or null), strongest, y
// (each column's circle heights), inputs (the pixels drawn as circles), layout (the diagram's and the colour bar's
// boxes, the diagram's limits).
import { argmax, forward } from "./mirror.js";
import { Axes, BLUE, FONT, ORANGE, PT, colourOf, escapeHtml, fixed, format, mount, signColour } from "./base.js";

const WIDTH = 1000; // the matplotlib figure's size in pixels (10 × 5.6 inches at 100 dpi)
const HEIGHT = 560;
const INSET = [-1.05, -0.42, 0.84, 0.84]; // where the input image sits, in the diagram's coordinates
const NAME_OFFSET = 0.12; // a neuron's name starts this far right of its circle (NetworkDiagram.NAME_OFFSET)
const HALO = 3.5; // points: the white outline of a name, readable where connections cross it (NetworkDiagram.HALO)

/** A hidden neuron's name left-aligned at (x, y), 13 pt, with a white halo as NetworkDiagram.name draws it. */
function neuronName(fig, text, x, y) {
  const { ctx } = fig;
  ctx.save();
  ctx.font = `${13 * PT}px ${FONT}`;
  ctx.textAlign = "left";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = HALO * PT; // the stroke is centred on the outline, as matplotlib's withStroke
  ctx.strokeStyle = "white";
  ctx.strokeText(text, x, y);
  ctx.fillStyle = "black";
  ctx.fillText(text, x, y);
  ctx.restore();
}

/** A box of matplotlib figure fractions [x0, y0, w, h] (from the bottom left) in canvas pixels. */
function figureBox(fig, [x0, y0, w, h]) {
  return { x: x0 * fig.width, y: (1 - y0 - h) * fig.height, w: w * fig.width, h: h * fig.height };
}

/** Lines of text (split at "\n") with their top at y, as matplotlib's va="top". */
function textBlock(fig, text, x, y, points) {
  text.split("\n").forEach((line, i) => {
    fig.text(line, x, y + i * 1.2 * points * PT, { size: points * PT, baseline: "top" });
  });
}

/** The input image beside the input column, its middle row marked (the pixels the input circles show). */
function drawInset(fig, ax, x) {
  const [bx, by, bw, bh] = INSET;
  const left = ax.x(bx);
  const right = ax.x(bx + bw);
  const top = ax.y(by + bh);
  const bottom = ax.y(by);
  const side = Math.min(right - left, bottom - top); // the image keeps its square shape, centred in its box
  const box = { x: (left + right - side) / 2, y: (top + bottom - side) / 2, w: side, h: side };
  fig.image(box, x, 28, 28, "ink", 0, 1);
  const row = box.y + (14.5 / 28) * side;
  fig.line([[box.x, row], [box.x + side, row]], { colour: ORANGE, width: PT, alpha: 0.8 });
  fig.rect(box.x, box.y, side, side, { stroke: "black", width: 0.8 * PT });
  fig.text("28 × 28", box.x + side / 2, box.y - 6 * PT, { size: 12 * PT });
}

/** The `strongest` connections a·w between column k and k + 1 (NetworkDiagram.update): widths by |a·w|. */
export function drawEdges(fig, ax, k, a, W, nOut, rows, ys, strongest) {
  const strength = [];
  for (let i = 0; i < rows.length; i += 1) {
    for (let j = 0; j < nOut; j += 1) strength.push(Math.abs(W[rows[i] * nOut + j] * a[i]));
  }
  const order = strength.map((_, n) => n).sort((p, q) => strength[q] - strength[p]);
  const kept = order.slice(0, strongest).filter((n) => strength[n] > 0).sort((p, q) => p - q);
  const top = Math.max(0, ...strength) || 1;
  for (const n of kept) {
    const i = Math.floor(n / nOut);
    const j = n % nOut;
    const w = W[rows[i] * nOut + j];
    const width = (0.8 + (3.2 * strength[n]) / top) * PT;
    const dash = w >= 0 ? [] : [3.7 * width, 1.6 * width]; // matplotlib's "dashed", scaled by the line's width
    fig.line([[ax.x(k), ax.y(ys[k][i])], [ax.x(k + 1), ax.y(ys[k + 1][j])]], { colour: signColour(w), width, dash, alpha: 0.9 });
  }
}

/** The colour bar under the diagram: activation 0 (white) … 1 (black). */
function drawBar(fig, box, label) {
  const ramp = Float64Array.from({ length: 256 }, (_, i) => i / 255);
  fig.image(box, ramp, 1, 256, "ink", 0, 1);
  fig.rect(box.x, box.y, box.w, box.h, { stroke: "black", width: 0.8 * PT });
  const tick = 3.5 * PT;
  for (let v = 0; v <= 5; v += 1) {
    const x = box.x + (v / 5) * box.w;
    fig.line([[x, box.y + box.h], [x, box.y + box.h + tick]], { colour: "black", width: 0.8 * PT });
    fig.text(fixed(v / 5, 1), x, box.y + box.h + 2 * tick, { size: 13 * PT, baseline: "top" });
  }
  fig.text(label, box.x + box.w / 2, box.y + box.h + 2 * tick + 17 * PT, { size: 15 * PT, baseline: "top" });
}

/** The names beside the circles (NetworkDiagram.labels): the outputs' `names`, and those of the hidden columns
 * that `hiddenNames` (per column: a list, top to bottom, or null) names. */
export function drawNames(fig, ax, ys, names, hiddenNames) {
  const last = ys.length - 1;
  ys[last].forEach((y, d) => {
    fig.text(names[d], ax.x(last + NAME_OFFSET), ax.y(y), { size: 13 * PT, align: "left", baseline: "middle" });
  });
  ys.slice(0, last).forEach((column, k) => {
    const named = (hiddenNames || [])[k];
    if (named) column.forEach((y, i) => neuronName(fig, named[i], ax.x(k + NAME_OFFSET), ax.y(y)));
  });
}

function draw(fig, v, data, texts) {
  const { net, y: ys, inputs, names } = data;
  const sizes = net.sizes;
  const last = sizes.length - 1;
  const shown = v.layer;
  const pixels = data.images.subarray(784 * v.index, 784 * (v.index + 1));
  const activations = forward(net, Float64Array.from(pixels, (p) => p / 255));
  // what the diagram shows: the input's drawn pixels, the lit layers, white for the layers not reached yet
  const lit = activations.map((a, k) => (k <= shown ? a : new Float64Array(a.length)));
  lit[0] = Float64Array.from(inputs, (i) => activations[0][i]);
  const ax = new Axes(fig, figureBox(fig, data.layout.diagram), data.layout.xlim, data.layout.ylim);

  for (let k = 0; k < Math.min(shown, last); k += 1) {
    const from = k === 0 ? inputs : Array.from({ length: sizes[k] }, (_, i) => i);
    drawEdges(fig, ax, k, lit[k], net.W[k], sizes[k + 1], from, ys, data.strongest);
  }
  const radius = (Math.sqrt(Math.max(...ys.map((c) => c.length)) <= 10 ? 300 : 170) / 2) * PT;
  const { ctx } = fig;
  ys.forEach((column, k) => {
    column.forEach((y, i) => {
      ctx.beginPath();
      ctx.arc(ax.x(k), ax.y(y), radius, 0, 2 * Math.PI);
      ctx.fillStyle = colourOf("ink", lit[k][i], 0, 1);
      ctx.fill();
      ctx.strokeStyle = BLUE;
      ctx.lineWidth = 1.5 * PT;
      ctx.stroke();
    });
  });
  const out = activations[last];
  const answer = argmax(out);
  if (shown === last) {
    ctx.beginPath();
    ctx.arc(ax.x(last), ax.y(ys[last][answer]), 11 * PT, 0, 2 * Math.PI);
    ctx.strokeStyle = ORANGE;
    ctx.lineWidth = 3 * PT;
    ctx.stroke();
  }
  if (sizes[0] > inputs.length) fig.text("⋮", ax.x(0), ax.y(0), { size: 22 * PT, baseline: "middle" });
  drawInset(fig, ax, activations[0]);
  drawNames(fig, ax, ys, names, data.hidden_names);
  sizes.forEach((n, k) => {
    const name = k === 0 ? format(texts.layer_input, { n })
      : k === last ? format(texts.layer_output, { n }) : format(texts.layer_hidden, { k, n });
    textBlock(fig, name, ax.x(k), ax.y(-1.22), 13);
  });
  drawBar(fig, figureBox(fig, data.layout.bar), texts.activation_bar);

  const rows = [];
  if (shown === 0) {
    rows.push(texts.diagram_says_input);
  } else if (shown < last) {
    const a = activations[shown];
    rows.push(format(texts.diagram_says_hidden, { k: shown, active: a.filter((x) => x > 0.5).length, n: a.length }));
  } else {
    rows.push(format(texts.answer_line, { digit: escapeHtml(names[answer]), confidence: out[answer] }));
    rows.push(names.map((name, d) => `${escapeHtml(name)}:${fixed(out[d], 2)}`).join(" "));
  }
  if (data.labels) {
    const label = data.labels[v.index];
    const mark = shown < last ? "" : names[answer] === String(label) ? " ✓" : " ✗";
    rows.push(format(texts.label_line, { digit: label }) + mark);
  }
  if (data.untrained) rows.unshift(texts.untrained_note); // not trained, or stopped part of the way
  fig.canvas.setAttribute("aria-label", rows.map((row) => row.replace(/<[^>]+>/g, "")).join("; "));
  return rows;
}

function render({ model, el }) {
  return mount(model, el, { width: WIDTH, height: HEIGHT, draw });
}

export default { render };
