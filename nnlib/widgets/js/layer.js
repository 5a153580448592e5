// Notebook 03's layer explorer: three inputs, a layer of three sigmoid neurons, a⁽¹⁾ = σ(W a⁽⁰⁾ + b), drawn as a
// network diagram and as the matrix of the video (W.T in code), the chosen neuron's edges and row highlighted.
// Python: nnlib/widgets/layer.py (the same picture in matplotlib, for the stored picture).
// values: a1, a2, a3, neuron, and the layer W (n_in × n_out nested lists, column j = neuron j) and b; the sliders
// w1, w2, w3 and b show the chosen neuron's part of the layer (access).
import { dense } from "./mirror.js";
import { BLUE, ORANGE, PT, colourOf, fixed, format, mount, signColour, term } from "./base.js";

const WEIGHT_LIMIT = 4;
const N_IN = 3;
const N_OUT = 3;
// The diagram: matplotlib's data coordinates x in [-0.75, 1.75], y in [-1.4, 1.4] on this box.
const NET = { x: 10, y: 40, w: 450, h: 370 };
const NODE_R = 25;
// The matrix: one square cell per weight, a colour bar beside it.
const CELL = 110;
const MAT = { x: 590, y: 50, w: N_IN * CELL, h: N_OUT * CELL };
const BAR = { x: MAT.x + 1.08 * MAT.w, y: MAT.y, w: 0.07 * MAT.w, h: MAT.h }; // as inset_axes([1.08, 0, 0.07, 1])
const BAR_STEPS = 256;
const BAR_VALUES = Float64Array.from({ length: BAR_STEPS }, (_, k) => WEIGHT_LIMIT - ((k + 0.5) * 2 * WEIGHT_LIMIT) / BAR_STEPS);

const netX = (x) => NET.x + ((x + 0.75) / 2.5) * NET.w;
const netY = (y) => NET.y + ((1.4 - y) / 2.8) * NET.h;
const nodeY = (k, n) => netY(1 - (2 * k) / (n - 1)); // as numpy's linspace(1, -1, n)
const ink = (x) => colourOf("ink", x, 0, 1); // darker = more active
const minus = (text) => text.replace("-", "\u2212"); // matplotlib's tick labels: a true minus sign

/** `get`/`set` of the slider showing W[i][neuron] (a new W each time: the old values stay as they were). */
function weightAccess(i) {
  return {
    get: (v) => v.W[i][v.neuron],
    set: (v, x) => {
      v.W = v.W.map((row, r) => (r === i ? row.map((w, j) => (j === v.neuron ? x : w)) : row));
    },
  };
}

const ACCESS = {
  w1: weightAccess(0),
  w2: weightAccess(1),
  w3: weightAccess(2),
  b: {
    get: (v) => v.b[v.neuron],
    set: (v, x) => {
      v.b = v.b.map((bj, j) => (j === v.neuron ? x : bj));
    },
  },
};

function drawDiagram(fig, W, a0, a1, chosen, texts) {
  const xIn = netX(0);
  const xOut = netX(1);
  for (let i = 0; i < N_IN; i += 1) {
    for (let k = 0; k < N_OUT; k += 1) {
      const w = W[i][k];
      const width = (1 + (5 * Math.abs(w)) / WEIGHT_LIMIT) * PT;
      fig.line([[xIn, nodeY(i, N_IN)], [xOut, nodeY(k, N_OUT)]], {
        colour: signColour(w), width, dash: w >= 0 ? [] : [3.7 * width, 1.6 * width], alpha: k === chosen ? 1 : 0.18,
      });
    }
  }
  for (let i = 0; i < N_IN; i += 1) {
    const y = nodeY(i, N_IN);
    fig.dot(xIn, y, { fill: ink(a0[i]), stroke: BLUE, width: 2.5 * PT, r: NODE_R });
    fig.text(fixed(a0[i], 2), xIn - NODE_R - 8, y, { size: 17, align: "right", baseline: "middle" });
  }
  for (let k = 0; k < N_OUT; k += 1) {
    const y = nodeY(k, N_OUT);
    fig.dot(xOut, y, { fill: ink(a1[k]), stroke: k === chosen ? ORANGE : BLUE, width: 2.5 * PT, r: NODE_R });
    fig.text(fixed(a1[k], 3), xOut + NODE_R + 8, y, { size: 17, align: "left", baseline: "middle" });
  }
  fig.text(texts.layer_diagram_title, NET.x + NET.w / 2, 28, { size: 19 });
}

function drawMatrix(fig, W, chosen, texts) {
  const cells = new Float64Array(N_OUT * N_IN); // the video's W: one row per neuron, W.T of the code
  for (let k = 0; k < N_OUT; k += 1) for (let i = 0; i < N_IN; i += 1) cells[k * N_IN + i] = W[i][k];
  fig.image(MAT, cells, N_OUT, N_IN, "signed", -WEIGHT_LIMIT, WEIGHT_LIMIT);
  for (let k = 0; k < N_OUT; k += 1) {
    for (let i = 0; i < N_IN; i += 1) {
      const w = W[i][k];
      const colour = Math.abs(w) > 0.6 * WEIGHT_LIMIT ? "white" : "black";
      fig.text(fixed(w, 1), MAT.x + (i + 0.5) * CELL, MAT.y + (k + 0.5) * CELL, { size: 21, colour, baseline: "middle" });
    }
  }
  const bottom = MAT.y + MAT.h;
  fig.line([[MAT.x, MAT.y], [MAT.x, bottom], [MAT.x + MAT.w, bottom]], { colour: "black", width: 1 });
  for (let i = 0; i < N_IN; i += 1) {
    const x = MAT.x + (i + 0.5) * CELL;
    fig.line([[x, bottom], [x, bottom + 5]], { colour: "black", width: 1 });
    fig.text(`a${i + 1}⁽⁰⁾`, x, bottom + 24, { size: 16 });
  }
  for (let k = 0; k < N_OUT; k += 1) {
    const y = MAT.y + (k + 0.5) * CELL;
    fig.line([[MAT.x - 5, y], [MAT.x, y]], { colour: "black", width: 1 });
    fig.text(format(texts.neuron_n, { n: k + 1 }), MAT.x - 9, y, { size: 16, align: "right", baseline: "middle" });
  }
  fig.rect(MAT.x, MAT.y + chosen * CELL, MAT.w, CELL, { stroke: "black", width: 4 * PT });
  fig.text(texts.matrix_title, MAT.x + MAT.w / 2, 30, { size: 19 });
  // the colour bar: the signed colours from -4 (bottom) to 4 (top)
  fig.image(BAR, BAR_VALUES, BAR_STEPS, 1, "signed", -WEIGHT_LIMIT, WEIGHT_LIMIT);
  fig.rect(BAR.x, BAR.y, BAR.w, BAR.h, { stroke: "black", width: 1 });
  for (let v = -WEIGHT_LIMIT; v <= WEIGHT_LIMIT; v += 1) {
    const y = BAR.y + ((WEIGHT_LIMIT - v) / (2 * WEIGHT_LIMIT)) * BAR.h;
    fig.line([[BAR.x + BAR.w, y], [BAR.x + BAR.w + 5, y]], { colour: "black", width: 1 });
    fig.text(minus(String(v)), BAR.x + BAR.w + 8, y, { size: 15, align: "left", baseline: "middle" });
  }
  fig.text(texts.weight_sign_legend, BAR.x + BAR.w + 44, BAR.y + BAR.h / 2, {
    size: 16, baseline: "middle", rotate: -Math.PI / 2,
  });
}

function draw(fig, v, data, texts) {
  const j = v.neuron;
  const a0 = [v.a1, v.a2, v.a3];
  const [z, a1] = dense(a0, v.W.flat(), v.b);
  drawDiagram(fig, v.W, a0, a1, j, texts);
  drawMatrix(fig, v.W, j, texts);
  const listed = Array.from(a1, (x) => fixed(x, 3)).join(", ");
  fig.canvas.setAttribute("aria-label", `a⁽¹⁾ = [${listed}]`);
  const terms = a0.map((x, i) => `${term(v.W[i][j], 1)}×${fixed(x, 2)}`).join(" + ");
  return [
    `z${j + 1} = ${terms} + ${term(v.b[j], 1)} = <b>${fixed(z[j], 2)}</b>`,
    `a${j + 1}⁽¹⁾ = σ(z${j + 1}) = <b>${fixed(a1[j], 3)}</b>`,
    `a⁽¹⁾ = σ(W a⁽⁰⁾ + b) = [${listed}]`,
  ];
}

function render({ model, el }) {
  return mount(model, el, { width: 1040, height: 420, draw, access: ACCESS });
}

export default { render };
