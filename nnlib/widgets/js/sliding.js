// needs: conv_parts.js
// Notebook 05's sliding window: a 3 × 3 kernel moved over a digit one position at a time; the window on the digit,
// its 9 pixel values a, the kernel K, the 9 products K × a with their sum, and the feature map filled in up to this
// window. Python: sliding_explorer in nnlib/widgets/sliding.py (the same picture in matplotlib, for the stored one).
import { conv2d } from "./mirror.js";
import { fixed, format, mount, term } from "./base.js";
import { KERNEL_LIMIT, MAP_LIMIT, cellLines, cellNumber, cellTexts, digit, fillingMap, filledUpTo, kernelOf, outline, picture, reactKernel, windowFrame } from "./conv_parts.js";

const SIDE = 26; // the feature map's side: 28 − 3 + 1
const BIG = 265; // the digit's and the map's side, CSS pixels
const SMALL = 215; // the side of the 3 × 3 pictures
const TOP = 40;
const BOXES = (() => {
  const sizes = [BIG, SMALL, SMALL, SMALL, BIG];
  const gap = (1250 - 16 - sizes.reduce((a, b) => a + b)) / 4;
  let x = 8;
  return sizes.map((size) => {
    const box = { x, y: TOP + (BIG - size) / 2, w: size, h: size };
    x += size + gap;
    return box;
  });
})();
const [INPUT, PATCH, KERNEL, PRODUCTS, MAP] = BOXES;

/** A 3 × 3 picture with its cell lines and numbers (sliding._write: white where the cell is dark). */
function smallPicture(fig, box, values, { cmap, limit, title, ink = false }) {
  picture(fig, box, values, 3, { cmap, vmin: ink ? 0 : -limit, vmax: limit, title });
  cellLines(fig, box, 3);
  const dark = ink ? (x) => x > 0.5 * limit : (x) => Math.abs(x) > 0.6 * limit;
  cellTexts(fig, box, values, 3, { text: cellNumber, dark });
  outline(fig, box);
}

function draw(fig, v, data, texts) {
  const image = digit(data.images, v.index);
  const K = kernelOf(v);
  const full = conv2d(image, 28, 28, K);
  const row = Math.floor(v.position / SIDE);
  const col = v.position % SIDE;
  const patch = [];
  const products = [];
  for (let i = 0; i < 3; i += 1) {
    for (let j = 0; j < 3; j += 1) {
      const a = image[(row + i) * 28 + col + j];
      patch.push(a);
      products.push(K[i * 3 + j] * a);
    }
  }
  const total = full[v.position];

  picture(fig, INPUT, image, 28, { cmap: "ink", vmin: 0, vmax: 1, title: texts.input_28 });
  windowFrame(fig, INPUT, 28, row, col, 3);
  outline(fig, INPUT);
  smallPicture(fig, PATCH, patch, { cmap: "ink", limit: 1, title: texts.patch_9, ink: true });
  smallPicture(fig, KERNEL, K, { cmap: "signed", limit: KERNEL_LIMIT, title: texts.kernel_3 });
  smallPicture(fig, PRODUCTS, products, { cmap: "signed", limit: KERNEL_LIMIT, title: texts.products_9 });
  fig.text(`Σ = ${fixed(total, 2)}`, PRODUCTS.x + PRODUCTS.w / 2, PRODUCTS.y + 1.1 * PRODUCTS.h, {
    size: 20, baseline: "top",
  });
  picture(fig, MAP, filledUpTo(full, v.position + 1), SIDE, {
    cmap: "signed", vmin: -MAP_LIMIT, vmax: MAP_LIMIT, title: texts.feature_map,
  });
  fillingMap(fig, MAP, SIDE, row, col);
  outline(fig, MAP);

  const rows = [
    format(texts.window_at, { row, col, k: v.position + 1, n: SIDE * SIDE }),
    `Σ K·a = ${products.map((x) => term(x)).join(" + ")}`,
    format(texts.window_sum, { total: term(total), row, col }),
  ];
  fig.canvas.setAttribute("aria-label", `${rows[0]}; Σ = ${fixed(total, 2)}`);
  return rows;
}

function render({ model, el }) {
  return mount(model, el, { width: 1250, height: 335, draw, react: reactKernel });
}

export default { render };
