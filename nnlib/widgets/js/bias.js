// Notebook 02's bias explorer: the bias as a threshold. σ(s + b) against the weighted sum s, the line s = −b, and
// six sample inputs that fire (activation above 0.5) or stay quiet.
// Python: bias_explorer in nnlib/widgets/weights.py (the same picture in matplotlib, for the stored picture).
import { sigmoid } from "./mirror.js";
import { Axes, BLUE, FONT, GREY, NEGATIVE, POSITIVE, fixed, format, general, mount } from "./base.js";

const S_GRID = Array.from({ length: 401 }, (_, i) => i / 20);
const XTICKS = Array.from({ length: 9 }, (_, i) => [2.5 * i, fixed(2.5 * i, 1)]);
const YTICKS = Array.from({ length: 6 }, (_, i) => [0.2 * i, fixed(0.2 * i, 1)]);
const FIRE = { fill: POSITIVE, stroke: "black", width: 1.5, r: 8 };
const QUIET = { fill: "white", stroke: NEGATIVE, width: 2.5, r: 7.5 };

function legend(fig, ax, texts) {
  const rows = [[texts.fires, FIRE], [texts.quiet, QUIET]];
  const { ctx } = fig;
  ctx.save();
  ctx.font = `15px ${FONT}`;
  const width = 52 + Math.max(...rows.map(([label]) => ctx.measureText(label).width));
  ctx.restore();
  const x = ax.box.x + ax.box.w - width - 8;
  const y = ax.box.y + ax.box.h - 64;
  fig.rect(x, y, width, 56, { fill: "rgba(255,255,255,0.8)", stroke: "#CCCCCC", width: 1 });
  rows.forEach(([label, style], i) => {
    fig.dot(x + 20, y + 16 + 25 * i, style);
    fig.text(label, x + 38, y + 16 + 25 * i, { size: 15, align: "left", baseline: "middle" });
  });
}

function draw(fig, v, data, texts) {
  const ax = new Axes(fig, { x: 75, y: 40, w: 700, h: 310 }, [0, 20], [-0.05, 1.05]);
  ax.frame(XTICKS, YTICKS, { size: 14 });
  ax.plot(S_GRID, S_GRID.map((s) => sigmoid(s + v.b)), { colour: BLUE, width: 3 });
  const threshold = -v.b + 0; // + 0 turns -0 into 0
  ax.plot([threshold, threshold], [-0.05, 1.05], { colour: GREY, width: 2, dash: [7, 4] });
  ax.plot([0, 20], [0.5, 0.5], { colour: GREY, width: 1 });
  const activations = data.sums.map((s) => sigmoid(s + v.b));
  data.sums.forEach((s, i) => fig.dot(ax.x(s), ax.y(activations[i]), activations[i] > 0.5 ? FIRE : QUIET));
  legend(fig, ax, texts);
  const title = format(texts.threshold_title, { b: v.b, s: threshold });
  ax.title(title, 18);
  ax.xlabel(texts.weighted_sum_s, 16);
  ax.ylabel("σ(s + b)", 16);
  fig.canvas.setAttribute("aria-label", title);
  const listed = data.sums.filter((s, i) => activations[i] > 0.5).map((s) => general(s)).join(", ") || "—";
  return [
    format(texts.threshold_rule, { s: threshold }),
    format(texts.fires_list, { listed }),
    `σ(s + b): ${data.sums.map((s, i) => `${general(s)} → ${fixed(activations[i], 3)}`).join(", ")}`,
  ];
}

function render({ model, el }) {
  return mount(model, el, { width: 800, height: 420, draw });
}

export default { render };
