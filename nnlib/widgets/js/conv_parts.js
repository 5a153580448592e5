// What notebook 05's explorers share (js/sliding.js, js/pooling.js, js/kernel.js): the link between a kernel's
// preset and its nine sliders, pictures with their titles and the numbers in their cells, a window's frame and
// the output map filling in. Python: nnlib/widgets/kernels.py and nnlib/widgets/sliding.py.
// A kind that uses this file names it on its first line (`// needs: conv_parts.js`): nnlib.widgets.base.esm puts it
// into that kind's module, between base.js and the kind's own file.
import { ORANGE, fixed, general } from "./base.js";

export const KERNEL_LIMIT = 3; // the kernel sliders' range, ±; the colour scale of kernels and products
export const MAP_LIMIT = 4; // the colour scale of feature maps
export const GRID = "#999999"; // the frames of the pictures and the lines between the cells of the small ones
export const KERNEL_SLIDERS = ["k00", "k01", "k02", "k10", "k11", "k12", "k20", "k21", "k22"];
const HATCH = { fill: "#EEEEEE", lines: "#AAAAAA", spacing: 11 };

/** The kernel (9 weights, reading order) that the nine sliders of `values` stand for (kernels.kernel_of). */
export function kernelOf(values) {
  return KERNEL_SLIDERS.map((name) => values[name]);
}

/**
 * The preset ↔ sliders link of kernels.link_kernel_controls, as `mount`'s `react`: choosing a preset puts its
 * values (data.presets, already clipped to the sliders' range) on the sliders; moving a slider away from the
 * preset (np.allclose) turns the dropdown to "custom". Changes `values` in place.
 */
export function reactKernel(name, values, data) {
  const preset = data.presets[values.preset];
  if (name === "preset" && preset) {
    KERNEL_SLIDERS.forEach((slider, i) => { values[slider] = preset[i]; });
  } else if (KERNEL_SLIDERS.includes(name) && preset) {
    const close = KERNEL_SLIDERS.every((slider, i) => Math.abs(values[slider] - preset[i]) <= 1e-8 + 1e-5 * Math.abs(preset[i]));
    if (!close) values.preset = "custom";
  }
}

/** Digit number `index` of data.images ((n, 28, 28) uint8) with pixels 0..1 (the digit / 255), flat. */
export function digit(images, index) {
  const [, h, w] = images.shape;
  const size = h * w;
  return Float64Array.from(images.subarray(index * size, (index + 1) * size), (p) => p / 255);
}

/** The first `count` values of `values`, NaN after them: an output map filled in up to one position. */
export function filledUpTo(values, count) {
  return values.map((v, k) => (k < count ? v : NaN));
}

/**
 * x with `digits` decimals exactly as Python's format writes it, negative zero included ("-0.00" for a sum that
 * cancels to -1e-17): base.fixed, which rounds as Python does, with the sign it leaves out.
 */
export function pyFixed(x, digits) {
  const text = fixed(x, digits);
  return (x < 0 || Object.is(x, -0)) && !text.startsWith("-") ? `-${text}` : text;
}

/** Python's f"{x:.{digits}g}" (the kernel explorer's weights, .2g), negative zero included. */
export function pyGeneral(x, digits = 2) {
  return Object.is(x, -0) ? "-0" : general(x, digits);
}

/** A cell's number as sliding._write writes it: `digits` decimals, "0" for what would show as zero. */
export function cellNumber(value, digits = 2) {
  return Math.abs(value) >= 0.005 ? pyFixed(value, digits) : "0";
}

/** The box of cells (row, col) … (row + size − 1, col + size − 1) of an n × n picture drawn in `box`. */
export function cellBox(box, n, row, col, size = 1) {
  const cell = box.w / n;
  return { x: box.x + col * cell, y: box.y + row * cell, w: size * cell, h: size * cell };
}

/** A square picture of `values` (n × n, flat) in `box`, its title centred above it. */
export function picture(fig, box, values, n, { cmap, vmin, vmax, title, titleSize = 18 }) {
  fig.image(box, values, n, n, cmap, vmin, vmax);
  fig.text(title, box.x + box.w / 2, box.y - 9, { size: titleSize });
}

/** The thin frame around a picture (drawn last, over what covers the picture, as matplotlib's spines). */
export function outline(fig, box) {
  fig.rect(box.x, box.y, box.w, box.h, { stroke: GRID, width: 1 });
}

/** Thin lines between the cells of a small n × n picture. */
export function cellLines(fig, box, n) {
  for (let k = 1; k < n; k += 1) {
    const x = box.x + (k * box.w) / n;
    const y = box.y + (k * box.h) / n;
    fig.line([[x, box.y], [x, box.y + box.h]], { colour: GRID, width: 1 });
    fig.line([[box.x, y], [box.x + box.w, y]], { colour: GRID, width: 1 });
  }
}

/**
 * The numbers of a small n × n picture in its cells: `text(value)` each, white on dark cells (`dark(value)`) so
 * that every number stays readable.
 */
export function cellTexts(fig, box, values, n, { text, dark = () => false, size = 17 }) {
  for (let i = 0; i < n; i += 1) {
    for (let j = 0; j < n; j += 1) {
      const value = values[i * n + j];
      const cell = cellBox(box, n, i, j);
      fig.text(text(value), cell.x + cell.w / 2, cell.y + cell.h / 2, {
        size, colour: dark(value) ? "white" : "black", baseline: "middle",
      });
    }
  }
}

/** An orange frame around cells (row, col) … (row + size − 1, col + size − 1) of an n × n picture. */
export function windowFrame(fig, box, n, row, col, size, width = 4, colour = ORANGE) {
  const { x, y, w, h } = cellBox(box, n, row, col, size);
  fig.rect(x, y, w, h, { stroke: colour, width });
}

/**
 * An output map (side × side, in `box`) being filled in (sliding.FillingMap): output pixel (row, col) framed, the
 * part not computed yet (the rest of its row, and the rows below) hatched.
 */
export function fillingMap(fig, box, side, row, col) {
  const cell = box.w / side;
  const hatch = { fill: HATCH.fill, colour: HATCH.lines, gap: HATCH.spacing };
  fig.hatch(box.x + (col + 1) * cell, box.y + row * cell, (side - 1 - col) * cell, cell, hatch);
  fig.hatch(box.x, box.y + (row + 1) * cell, box.w, (side - 1 - row) * cell, hatch);
  windowFrame(fig, box, side, row, col, 1, 3.5);
}

/** Python's "(26, 26)" for a shape. */
export function shapeText(shape) {
  return `(${shape.join(", ")})`;
}
