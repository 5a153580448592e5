// needs: conv_parts.js
// Notebook 05's kernel explorer: a digit, a 3 × 3 kernel (a preset or nine sliders), the feature map of the kernel
// at every position (26 × 26), its ReLU, and the 2 × 2 max-pool (13 × 13).
// Python: kernel_explorer in nnlib/widgets/kernels.py (the same picture in matplotlib, for the stored picture).
import { conv2d, maxPool2d, relu } from "./mirror.js";
import { format, mount } from "./base.js";
import { KERNEL_LIMIT, MAP_LIMIT, cellTexts, digit, kernelOf, picture, pyGeneral, reactKernel, shapeText } from "./conv_parts.js";

const SIDE = 230; // each picture's side, CSS pixels
const TOP = 40;
const GAP = (1250 - 16 - 5 * SIDE) / 4;
const [INPUT, KERNEL, MAP, RELU, POOL] = [0, 1, 2, 3, 4].map((k) => ({ x: 8 + k * (SIDE + GAP), y: TOP, w: SIDE, h: SIDE }));

/** The left and bottom edges of a picture's axes, as matplotlib draws them in nnlib's style. */
function edges(fig, box) {
  fig.line([[box.x, box.y], [box.x, box.y + box.h], [box.x + box.w, box.y + box.h]], { colour: "black", width: 1 });
}

function draw(fig, v, data, texts) {
  const image = digit(data.images, v.index);
  const K = kernelOf(v);
  const feature = conv2d(image, 28, 28, K);
  const reluMap = feature.map(relu);
  const pooled = maxPool2d(reluMap, 26, 26);
  let low = Infinity;
  let high = -Infinity;
  let positive = 0;
  for (const x of feature) {
    low = Math.min(low, x);
    high = Math.max(high, x);
    if (x > 0) positive += 1;
  }

  picture(fig, INPUT, image, 28, { cmap: "ink", vmin: 0, vmax: 1, title: texts.input_28 });
  picture(fig, KERNEL, K, 3, { cmap: "signed", vmin: -KERNEL_LIMIT, vmax: KERNEL_LIMIT, title: texts.kernel_3 });
  cellTexts(fig, KERNEL, K, 3, { text: (x) => pyGeneral(x, 2) });
  picture(fig, MAP, feature, 26, { cmap: "signed", vmin: -MAP_LIMIT, vmax: MAP_LIMIT, title: texts.feature_map });
  picture(fig, RELU, reluMap, 26, { cmap: "ink", vmin: 0, vmax: MAP_LIMIT, title: texts.after_relu });
  picture(fig, POOL, pooled, 13, { cmap: "ink", vmin: 0, vmax: MAP_LIMIT, title: texts.after_pool });
  for (const box of [INPUT, KERNEL, MAP, RELU, POOL]) edges(fig, box);

  const rows = [
    format(texts.map_range, { low, high }),
    format(texts.relu_share, { share: (100 * positive) / feature.length }),
    format(texts.pool_size, { before: shapeText([26, 26]), after: shapeText([13, 13]) }),
  ];
  fig.canvas.setAttribute("aria-label", rows.slice(0, 2).join("; ").replace(/<\/?b>/g, ""));
  return rows;
}

function render({ model, el }) {
  return mount(model, el, { width: 1250, height: 290, draw, react: reactKernel });
}

export default { render };
