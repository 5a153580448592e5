// needs: digit_layers.js
// Notebook 04's drawing pad: the learner draws a digit with the mouse (or a pen, or a finger); after every stroke
// the drawing is made MNIST-style (28 × 28), run through the network, and its layers and answer are drawn.
// Python: DrawingPad in nnlib/widgets/digits.py; values.strokes (lists of [x, y] in pad pixels) go to the kernel,
// where nnlib/drawing.py, the one home of that math, makes pad.digit from them. rasterize and mnistStyle below
// mirror nnlib/drawing.py for the picture drawn here, PIL's Lanczos resize included (computed as PIL does, in
// fixed point): the same strokes give the same 28 × 28 digit, up to float32 against float64 in the pen's soft edge.
// data: net, untrained, pad (280), pen (20), layout; saving (the class-digits pad: one button per digit to save).
import { LAYERS_HEIGHT, LAYERS_WIDTH, drawLayers, layersOf, layersReport } from "./digit_layers.js";
import { BLUE, FIGURE_SCALE, format, mount } from "./base.js";

const PAD_STYLE = `
.nnlib-pad-column { display: flex; flex-direction: column; gap: 6px; align-items: flex-start;
  font-size: calc(14px * var(--nnlib-scale, 1)); }
.nnlib-pad-column canvas { border: 3px solid ${BLUE}; touch-action: none; cursor: crosshair; background: white; }
.nnlib-pad-column button { font-size: calc(13px * var(--nnlib-scale, 1)); padding: 2px 12px; border: 1px solid #999;
  background: #EEE; cursor: pointer; }
.nnlib-pad-right { display: flex; flex-direction: column; gap: 4px; }
.nnlib-pad-saving { display: flex; flex-direction: column; gap: 4px; max-width: calc(280px * var(--nnlib-scale, 1)); }
.nnlib-pad-saving [role=group] { display: flex; gap: 2px; }
.nnlib-pad-saving button { flex: 1; min-width: 0; padding: 2px 0; font-weight: bold; }
`;

/** Python's round(): halves to the even neighbour (numpy's rounding, which nnlib/drawing.py uses). */
function roundEven(x) {
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x);
}

/** Strokes (lists of [x, y] in pad pixels) -> ink (size × size, 0..1), as nnlib.drawing.rasterize: each pixel's
 * centre at its distance from the nearest segment, a soft-edged pen of the given width. */
export function rasterize(strokes, size, width) {
  const ink = new Float32Array(size * size);
  const reach = width / 2 + 0.5;
  for (const stroke of strokes) {
    if (stroke.length === 0) continue;
    const points = stroke.length === 1 ? [stroke[0], stroke[0]] : stroke;
    for (let s = 0; s + 1 < points.length; s += 1) {
      const [x0, y0] = points[s];
      const [x1, y1] = points[s + 1];
      const dx = x1 - x0;
      const dy = y1 - y0;
      const length2 = dx * dx + dy * dy;
      // only the pixels the pen can reach from this segment
      const c0 = Math.max(0, Math.floor(Math.min(x0, x1) - reach));
      const c1 = Math.min(size - 1, Math.ceil(Math.max(x0, x1) + reach));
      const r0 = Math.max(0, Math.floor(Math.min(y0, y1) - reach));
      const r1 = Math.min(size - 1, Math.ceil(Math.max(y0, y1) + reach));
      for (let r = r0; r <= r1; r += 1) {
        const py = r + 0.5;
        for (let c = c0; c <= c1; c += 1) {
          const px = c + 0.5;
          const t = length2 > 0 ? Math.min(1, Math.max(0, ((px - x0) * dx + (py - y0) * dy) / length2)) : 0;
          const value = Math.min(1, Math.max(0, reach - Math.hypot(px - (x0 + t * dx), py - (y0 + t * dy))));
          if (value > ink[r * size + c]) ink[r * size + c] = value;
        }
      }
    }
  }
  return ink;
}

const PRECISION = 2 ** 22; // PIL's fixed-point weights for 8-bit pictures (PRECISION_BITS = 22)

function sinc(x) {
  return x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
}

/** PIL's Lanczos weights for resizing n cells into m (Resample.c, precompute_coeffs and normalize_coeffs_8bpc):
 * for each new cell, its first old cell and the integer weights of the old cells it is made of. */
function lanczosWeights(n, m) {
  const scale = n / m;
  const filterscale = Math.max(scale, 1);
  const support = 3 * filterscale;
  return Array.from({ length: m }, (_, i) => {
    const centre = (i + 0.5) * scale;
    const first = Math.max(0, Math.trunc(centre - support + 0.5));
    const end = Math.min(n, Math.trunc(centre + support + 0.5));
    const raw = [];
    for (let x = first; x < end; x += 1) {
      const t = (x - centre + 0.5) / filterscale;
      raw.push(t >= -3 && t < 3 ? sinc(t) * sinc(t / 3) : 0);
    }
    const total = raw.reduce((sum, w) => sum + w, 0);
    const weights = raw.map((w) => (total === 0 ? w : w / total) * PRECISION).map((w) => Math.trunc(w < 0 ? w - 0.5 : w + 0.5));
    return [first, weights];
  });
}

/** One pass of PIL's resize along rows or columns, with its rounding and clipping to whole grey levels. */
function resample(values, rows, cols, weightsOf, alongRows) {
  const [outRows, outCols] = alongRows ? [weightsOf.length, cols] : [rows, weightsOf.length];
  const out = new Float64Array(outRows * outCols);
  for (let r = 0; r < outRows; r += 1) {
    for (let c = 0; c < outCols; c += 1) {
      const [first, weights] = weightsOf[alongRows ? r : c];
      let sum = PRECISION / 2;
      weights.forEach((w, x) => {
        sum += w * (alongRows ? values[(first + x) * cols + c] : values[r * cols + first + x]);
      });
      out[r * outCols + c] = Math.min(255, Math.max(0, Math.floor(sum / PRECISION)));
    }
  }
  return out;
}

/** A grey picture (h × w, whole numbers 0..255) resized to (nh × nw) as PIL's Image.resize(…, Image.LANCZOS),
 * which nnlib/drawing.py uses: first along each row, then along each column. */
function resize(values, h, w, nh, nw) {
  const wide = nw === w ? values : resample(values, h, w, lanczosWeights(w, nw), false);
  return nh === h ? wide : resample(wide, h, nw, lanczosWeights(h, nh), true);
}

/** Ink (size × size, 0..1) -> uint8 28 × 28 as MNIST (nnlib.drawing.mnist_style): the drawing's box fitted into
 * 20 × 20 keeping its aspect, placed in the middle, then moved so that its centre of mass is the centre. */
export function mnistStyle(ink, size) {
  const digit = new Uint8Array(784);
  let [top0, bottom, left0, right] = [size, -1, size, -1]; // the drawing's box: rows and columns with ink
  for (let r = 0; r < size; r += 1) {
    for (let c = 0; c < size; c += 1) {
      if (ink[r * size + c] > 0.05) {
        top0 = Math.min(top0, r);
        bottom = Math.max(bottom, r);
        left0 = Math.min(left0, c);
        right = Math.max(right, c);
      }
    }
  }
  if (bottom < 0) return digit;
  const h = bottom - top0 + 1;
  const w = right - left0 + 1;
  const box = new Float64Array(h * w);
  for (let r = 0; r < h; r += 1) {
    for (let c = 0; c < w; c += 1) box[r * w + c] = Math.trunc(Math.fround(ink[(top0 + r) * size + left0 + c] * 255)); // as float32 × 255 → uint8
  }
  const scale = 20 / Math.max(h, w);
  const nh = Math.max(1, roundEven(h * scale));
  const nw = Math.max(1, roundEven(w * scale));
  const small = resize(box, h, w, nh, nw);
  const canvas = new Float64Array(784);
  const top = Math.floor((28 - nh) / 2);
  const left = Math.floor((28 - nw) / 2);
  let total = 0;
  let sumR = 0;
  let sumC = 0;
  for (let r = 0; r < nh; r += 1) {
    for (let c = 0; c < nw; c += 1) {
      const v = small[r * nw + c];
      canvas[(top + r) * 28 + left + c] = v;
      total += v;
      sumR += (top + r) * v;
      sumC += (left + c) * v;
    }
  }
  const [dy, dx] = total > 0 ? [roundEven(13.5 - sumR / total), roundEven(13.5 - sumC / total)] : [0, 0];
  for (let r = 0; r < 28; r += 1) {
    for (let c = 0; c < 28; c += 1) {
      const [fr, fc] = [r - dy, c - dx]; // where this pixel comes from; what leaves the frame is lost
      if (fr >= 0 && fr < 28 && fc >= 0 && fc < 28) digit[r * 28 + c] = Math.trunc(canvas[fr * 28 + fc]);
    }
  }
  return digit;
}

/** The class-digits pad's buttons (data.saving, nnlib/widgets/digits.py ClassDigitsPad): one per digit; a click asks
 * the kernel to save the drawing with that label (the strokes went to the kernel before, on the same channel). The
 * kernel's answer comes back as values.status, shown under the buttons. A static page has no kernel to save with.
 * Returns [the element, a function that stops listening]. */
function savingButtons(model, texts, doc) {
  const box = doc.createElement("div");
  box.className = "nnlib-pad-saving";
  const ask = doc.createElement("div");
  ask.textContent = texts.class_save_as;
  const row = doc.createElement("div");
  row.setAttribute("role", "group");
  row.setAttribute("aria-label", texts.class_save_as);
  const status = doc.createElement("div");
  status.className = "nnlib-pad-status";
  status.setAttribute("aria-live", "polite");
  const live = typeof model.send === "function";
  for (let digit = 0; digit < 10; digit += 1) {
    const button = doc.createElement("button");
    button.type = "button";
    button.textContent = String(digit);
    button.dataset.label = String(digit);
    button.addEventListener("click", () => {
      if (live) model.send({ save: digit });
      else status.textContent = texts.class_static;
    });
    button.addEventListener("keydown", (event) => event.stopPropagation());
    row.append(button);
  }
  const show = () => {
    status.textContent = model.get("values").status ?? "";
  };
  show();
  model.on("change:values", show);
  box.append(ask, row, status);
  return [box, () => model.off("change:values", show)];
}

function render({ model, el }) {
  const doc = el.ownerDocument;
  if (!doc.getElementById("nnlib-pad-style")) {
    const style = doc.createElement("style");
    style.id = "nnlib-pad-style";
    style.textContent = PAD_STYLE;
    doc.head.appendChild(style);
  }
  const data = model.get("data");
  const texts = model.get("texts");
  const size = data.pad;
  const pen = data.pen;
  const projector = Boolean(model.get("projector"));
  const shown = size * (projector ? FIGURE_SCALE : 1);

  const column = doc.createElement("div");
  column.className = "nnlib-pad-column";
  const hint = doc.createElement("div");
  hint.textContent = texts.draw_here;
  const pad = doc.createElement("canvas");
  const ratio = (globalThis.devicePixelRatio || 1) * (projector ? FIGURE_SCALE : 1);
  pad.width = pad.height = Math.round(size * ratio);
  pad.style.width = pad.style.height = `${shown}px`;
  pad.setAttribute("role", "img");
  pad.setAttribute("aria-label", texts.draw_here);
  const ctx = pad.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const clear = doc.createElement("button");
  clear.type = "button";
  clear.textContent = texts.clear;
  column.append(hint, pad, clear);
  const [saving, stopSaving] = data.saving ? savingButtons(model, texts, doc) : [null, () => {}];
  if (saving) column.append(saving);

  let current = null; // the stroke being drawn
  let made = { strokes: null, digit: new Uint8Array(784) }; // the digit of the strokes drawn last

  function ink(strokes) {
    ctx.fillStyle = "white";
    ctx.fillRect(0, 0, size, size);
    Object.assign(ctx, { strokeStyle: "black", fillStyle: "black", lineWidth: pen, lineCap: "round", lineJoin: "round" });
    for (const stroke of strokes) {
      if (stroke.length === 0) continue;
      ctx.beginPath();
      ctx.moveTo(stroke[0][0], stroke[0][1]);
      for (const [x, y] of stroke) ctx.lineTo(x, y);
      ctx.stroke();
    }
  }

  function draw(fig, v, d, t) {
    const strokes = v.strokes.filter((stroke) => stroke.length > 0);
    ink(current ? [...strokes, current] : strokes);
    if (made.strokes !== v.strokes) made = { strokes: v.strokes, digit: mnistStyle(rasterize(strokes, size, pen), size) };
    const activations = layersOf(d.net, made.digit);
    const answer = drawLayers(fig, d.layout, made.digit, activations, null, t);
    fig.canvas.setAttribute("aria-label", format(t.answer_is, { digit: answer }));
    const out = activations[activations.length - 1];
    return strokes.length ? layersReport(out, answer, null, d.untrained, t) : [t.draw_here];
  }

  const unmount = mount(model, el, { width: LAYERS_WIDTH, height: LAYERS_HEIGHT, draw });
  const root = el.lastElementChild; // what mount added
  const figure = root.querySelector(".nnlib-canvas");
  figure.style.width = `${Math.round(0.72 * LAYERS_WIDTH * (projector ? FIGURE_SCALE : 1))}px`; // as before: 720 px
  const right = doc.createElement("div");
  right.className = "nnlib-pad-right";
  right.append(...root.children);
  root.append(column, right);

  const strokesNow = () => model.get("values").strokes;
  const tell = (strokes) => {
    model.set("values", { ...model.get("values"), strokes });
    model.save_changes();
  };
  const point = (event) => {
    const rect = pad.getBoundingClientRect();
    const at = (v, from, length) => Math.round(((v - from) * size * 10) / length) / 10;
    return [at(event.clientX, rect.left, rect.width), at(event.clientY, rect.top, rect.height)];
  };
  pad.addEventListener("pointerdown", (event) => {
    event.preventDefault();
    pad.setPointerCapture(event.pointerId);
    current = [point(event)];
    ink([...strokesNow(), current]);
  });
  pad.addEventListener("pointermove", (event) => {
    if (!current) return;
    const [x, y] = point(event);
    const [px, py] = current[current.length - 1];
    current.push([x, y]);
    ctx.beginPath();
    ctx.moveTo(px, py);
    ctx.lineTo(x, y);
    ctx.stroke();
  });
  const finish = () => {
    if (!current) return;
    const stroke = current;
    current = null;
    tell([...strokesNow(), stroke]); // drawn again, with the network's answer, by the explorer's next frame
  };
  pad.addEventListener("pointerup", finish);
  pad.addEventListener("pointercancel", finish);
  pad.addEventListener("lostpointercapture", finish);
  clear.addEventListener("click", () => tell([]));
  clear.addEventListener("keydown", (event) => event.stopPropagation());
  return () => {
    stopSaving();
    unmount();
  };
}

export default { render };
