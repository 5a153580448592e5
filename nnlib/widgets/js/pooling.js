// needs: conv_parts.js
// Notebook 05's pooling window: a 2 × 2 max-pool moved over a feature map (a digit through a kernel preset and
// ReLU) one block at a time; the block framed on the map, its 4 values with the largest framed, and the pooled map
// filled in up to this block. Python: pooling_explorer in nnlib/widgets/sliding.py (the same picture in matplotlib).
import { argmax, conv2d, maxPool2d, relu } from "./mirror.js";
import { format, mount, term } from "./base.js";
import { MAP_LIMIT, cellLines, cellNumber, cellTexts, digit, fillingMap, filledUpTo, outline, picture, pyFixed, windowFrame } from "./conv_parts.js";

const SIDE = 13; // the pooled map's side: 26 / 2
const BIG = 320; // the feature map's and the pooled map's side, CSS pixels
const SMALL = 270; // the block's side
const TOP = 32;
const GAP = (1000 - 16 - 2 * BIG - SMALL) / 2;
const FEATURE = { x: 8, y: TOP, w: BIG, h: BIG };
const BLOCK = { x: 8 + BIG + GAP, y: TOP + (BIG - SMALL) / 2, w: SMALL, h: SMALL };
const POOLED = { x: 8 + BIG + GAP + SMALL + GAP, y: TOP, w: BIG, h: BIG };

function draw(fig, v, data, texts) {
  const feature = conv2d(digit(data.images, v.index), 28, 28, data.presets[v.preset]).map(relu);
  const pooled = maxPool2d(feature, 2 * SIDE, 2 * SIDE);
  const row = Math.floor(v.position / SIDE);
  const col = v.position % SIDE;
  const block = [0, 1, 2, 3].map((k) => feature[(2 * row + (k >> 1)) * 2 * SIDE + 2 * col + (k & 1)]);
  const best = argmax(block);
  const max = block[best];

  picture(fig, FEATURE, feature, 2 * SIDE, { cmap: "ink", vmin: 0, vmax: MAP_LIMIT, title: texts.after_relu_26 });
  windowFrame(fig, FEATURE, 2 * SIDE, 2 * row, 2 * col, 2);
  outline(fig, FEATURE);
  picture(fig, BLOCK, block, 2, { cmap: "ink", vmin: 0, vmax: MAP_LIMIT, title: texts.block_4 });
  cellLines(fig, BLOCK, 2);
  cellTexts(fig, BLOCK, block, 2, { text: cellNumber, dark: (x) => x > 0.5 * MAP_LIMIT, size: 22 });
  windowFrame(fig, BLOCK, 2, best >> 1, best & 1, 1, 7);
  outline(fig, BLOCK);
  fig.text(format(texts.block_max, { value: pyFixed(max, 2) }), BLOCK.x + BLOCK.w / 2, BLOCK.y + 1.06 * BLOCK.h, { size: 20, baseline: "top" });
  picture(fig, POOLED, filledUpTo(pooled, v.position + 1), SIDE, {
    cmap: "ink", vmin: 0, vmax: MAP_LIMIT, title: texts.after_pool,
  });
  fillingMap(fig, POOLED, SIDE, row, col);
  outline(fig, POOLED);

  const rows = [
    format(texts.block_at, {
      row: 2 * row, row_end: 2 * row + 1, col: 2 * col, col_end: 2 * col + 1, k: v.position + 1, n: SIDE * SIDE,
    }),
    format(texts.block_max_of, { values: block.map((x) => term(x)).join(", "), max: term(max) }),
    format(texts.pooled_at, { row, col }),
  ];
  fig.canvas.setAttribute("aria-label", `${rows[0]}; ${format(texts.block_max, { value: pyFixed(max, 2) })}`);
  return rows;
}

function render({ model, el }) {
  return mount(model, el, { width: 1000, height: 372, draw });
}

export default { render };
