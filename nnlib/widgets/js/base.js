// What every explorer's front end shares: its controls, its canvas figure, its readout, and the loop that draws
// on every input event without waiting for the kernel (the kernel is told the new values afterwards).
//
// An explorer module ends with `export default { render }`, where render({ model, el }) calls
// `mount(model, el, { draw, react, access })`. The model is anywidget's (JupyterLab) or the static page's own
// (scripts/build_site.py); both offer get, set, on, off and save_changes. Its state, made by nnlib/widgets/base.py:
//   spec: the controls [{name, kind: "slider"|"int"|"select"|"toggle", label, min, max, step, digits, options}]
//   values: {name: value} (every control's value, and any other state the explorer keeps, such as a layer's W)
//   data: what the explorer shows but never changes (arrays as {dtype, shape, b64}), texts: {key: template}
//   projector: true in projector mode (controls and readouts larger, the figure by FIGURE_SCALE)

export const BLUE = "#0072B2";
export const ORANGE = "#E69F00";
export const GREY = "#666666";
export const POSITIVE = BLUE;
export const NEGATIVE = "#D55E00";
// The explorers' own Chinese font (nnlib/fonts/nnlib-cjk-explorers.otf, sent in Chinese notebooks as the model's
// "font"), first for the characters it has; the system's fonts for the rest.
export const FONT_FAMILY = "nnlib CJK Explorers";
export const FONT = `system-ui, "${FONT_FAMILY}", "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", sans-serif`;

/** Add the explorers' font (base64) to the page once; resolves when it can be drawn with (at once without one). */
export function loadFont(base64) {
  if (!base64) return Promise.resolve();
  if (!globalThis.nnlibFont) {
    const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
    const face = new FontFace(FONT_FAMILY, bytes.buffer);
    document.fonts.add(face);
    globalThis.nnlibFont = face.load();
  }
  return globalThis.nnlibFont;
}
// as nnlib/plots.py (PROJECTOR_SCALE) and nnlib/widgets/base.py (CONTROL_TEXT_SCALE)
export const FIGURE_SCALE = 1.25;
export const CONTROL_SCALE = 1.45;
export const PT = 100 / 72; // one typographic point of nnlib's matplotlib figures (100 dpi), in pixels

/** An array sent by nnlib ({dtype, shape, b64}) as a typed array with a `shape`; other values as they are. */
export function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value === null || typeof value !== "object") return value;
  if (typeof value.b64 === "string" && typeof value.dtype === "string") {
    const bytes = Uint8Array.from(atob(value.b64), (ch) => ch.charCodeAt(0));
    const Type = { float64: Float64Array, float32: Float32Array, uint8: Uint8Array, int32: Int32Array }[value.dtype];
    const array = new Type(bytes.buffer, 0, bytes.length / Type.BYTES_PER_ELEMENT);
    array.shape = value.shape;
    return array;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
}

/** Python's format() for the fields nnlib's texts use: {x}, {x:.2f}, {x:,}, {x:,.0f}, {x:g}, {x:.3g}. */
export function format(template, fields = {}) {
  return template.replace(/\{(\w+)(?::([^}]*))?\}/g, (whole, name, spec) => {
    if (!(name in fields)) return whole;
    const value = fields[name];
    if (!spec || typeof value !== "number") return String(value);
    const m = /^(,)?(?:\.(\d+))?([fg%])?$/.exec(spec);
    if (!m) return String(value);
    const [, comma, digits, type] = m;
    let text;
    if (type === "f") text = fixed(value, Number(digits));
    else if (type === "%") return `${fixed(100 * value, Number(digits || 6))}%`;
    else if (type === "g") text = general(value, digits === undefined ? 6 : Number(digits));
    else text = String(value);
    return comma ? withCommas(text) : text;
  });
}

/**
 * x with `digits` decimals, rounded as Python rounds (the exact binary value, ties to even: 1.125 → "1.12",
 * 1.115 → "1.11"), and no "-0.00": Python's f"{round(x, digits) + 0.0:.{digits}f}".
 */
export function fixed(x, digits) {
  const size = Math.abs(x);
  let text = size.toFixed(digits); // the exact value's nearest; an exact tie goes up here, to even in Python
  const exact = size.toFixed(100); // every digit of the binary value
  const cut = exact.indexOf(".") + 1 + digits;
  if (/^50*$/.test(exact.slice(cut))) {
    const down = exact.slice(0, digits > 0 ? cut : cut - 1);
    if (Number(down[down.length - 1]) % 2 === 0) text = down;
  }
  return x < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * |x| to `digits` significant digits as Python rounds them (the exact binary value, ties to even): the digits and
 * the decimal exponent of the first one ("12", 4 for 12500 at 2 digits: 1.2e+04).
 */
function significant(x, digits) {
  const [mantissa, e] = Math.abs(x).toExponential(99).split("e"); // 100 digits of the exact value
  const all = mantissa.replace(".", "");
  let head = all.slice(0, digits);
  const tail = all.slice(digits);
  let exponent = Number(e);
  const odd = Number(head[head.length - 1]) % 2 === 1;
  if (tail[0] > "5" || (tail[0] === "5" && (/[1-9]/.test(tail.slice(1)) || odd))) {
    head = String(BigInt(head) + 1n);
    if (head.length > digits) {
      head = head.slice(0, digits); // 99 → 100: one digit more, the exponent one up
      exponent += 1;
    }
  }
  return [head, exponent];
}

/** Python's g-format: `digits` significant digits, trailing zeros dropped (f"{x:.3g}"). */
export function general(x, digits = 6) {
  if (x === 0) return "0";
  const [head, exponent] = significant(x, Math.max(digits, 1));
  if (exponent < -4 || exponent >= Math.max(digits, 1)) {
    const mantissa = trimZeros(head.length > 1 ? `${head[0]}.${head.slice(1)}` : head);
    const sign = x < 0 ? "-" : "";
    return `${sign}${mantissa}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  return trimZeros(fixed(x, Math.max(digits - 1 - exponent, 0)));
}

function trimZeros(text) {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

function withCommas(text) {
  const [whole, fraction] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Text for a readout's HTML, as Python's html.escape: & < > " ' written as entities. */
export function escapeHtml(text) {
  const entities = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };
  return String(text).replace(/[&<>"']/g, (ch) => entities[ch]);
}

/** A number as a term of a formula, as nnlib.widgets.base.term: negative ones in parentheses ("+ (-1.50)"). */
export function term(x, digits = 2) {
  const text = fixed(x, digits);
  return text.startsWith("-") ? `(${text})` : text;
}

/** The colour of a signed quantity: POSITIVE for ≥ 0, NEGATIVE below (as nnlib.plots.sign_colour). */
export function signColour(value) {
  return value >= 0 ? POSITIVE : NEGATIVE;
}

function rgb(hex) {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

const SIGNED_STOPS = [rgb(NEGATIVE), [255, 255, 255], rgb(POSITIVE)];

/** Colour maps as nnlib.plots: "ink" (matplotlib's gray_r: 0 white, 1 black) and "signed" (vermillion, white,
 * blue). `t` in 0..1; returns [r, g, b]. */
export const CMAPS = {
  ink: (t) => {
    const v = Math.round(255 * (1 - t));
    return [v, v, v];
  },
  signed: (t) => {
    const x = 2 * t;
    const [lo, hi, f] = x <= 1 ? [SIGNED_STOPS[0], SIGNED_STOPS[1], x] : [SIGNED_STOPS[1], SIGNED_STOPS[2], x - 1];
    return lo.map((c, i) => Math.round(c + (hi[i] - c) * f));
  },
};

/** The CSS colour of `value` on the colour map `cmap` between vmin and vmax. */
export function colourOf(cmap, value, vmin, vmax) {
  const t = Math.min(1, Math.max(0, (value - vmin) / (vmax - vmin)));
  const [r, g, b] = CMAPS[cmap](t);
  return `rgb(${r},${g},${b})`;
}

/** A canvas figure `width` × `height` (CSS pixels, before projector scaling), sharp on any screen. */
export class Figure {
  constructor(width, height, scale = 1) {
    this.width = width;
    this.height = height;
    this.scale = scale;
    this.canvas = document.createElement("canvas");
    this.canvas.className = "nnlib-canvas";
    this.canvas.setAttribute("role", "img");
    const ratio = (globalThis.devicePixelRatio || 1) * scale;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${Math.round(width * scale)}px`;
    this.ctx = this.canvas.getContext("2d");
    this.ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    this.scratch = document.createElement("canvas");
  }

  clear() {
    this.ctx.fillStyle = "white";
    this.ctx.fillRect(0, 0, this.width, this.height);
  }

  /** Text at (x, y): opts {size, colour, align ("left"|"center"|"right"), baseline, bold, rotate}. */
  text(str, x, y, { size = 14, colour = "black", align = "center", baseline = "alphabetic", bold = false, rotate = 0 } = {}) {
    const { ctx } = this;
    ctx.save();
    ctx.font = `${bold ? "bold " : ""}${size}px ${FONT}`;
    ctx.fillStyle = colour;
    ctx.textAlign = align;
    ctx.textBaseline = baseline;
    ctx.translate(x, y);
    if (rotate) ctx.rotate(rotate);
    ctx.fillText(str, 0, 0);
    ctx.restore();
  }

  /** A picture of `values` (rows × cols, flat) in the box {x, y, w, h}, one square per value, NaN left blank. */
  image(box, values, rows, cols, cmap = "ink", vmin = 0, vmax = 1) {
    const { scratch } = this;
    if (scratch.width !== cols || scratch.height !== rows) {
      scratch.width = cols;
      scratch.height = rows;
    }
    const sctx = scratch.getContext("2d");
    const pixels = sctx.createImageData(cols, rows);
    const map = CMAPS[cmap];
    for (let k = 0; k < rows * cols; k += 1) {
      const v = values[k];
      if (Number.isNaN(v)) continue; // transparent: the white background shows
      const [r, g, b] = map(Math.min(1, Math.max(0, (v - vmin) / (vmax - vmin))));
      pixels.data.set([r, g, b, 255], 4 * k);
    }
    sctx.putImageData(pixels, 0, 0);
    const { ctx } = this;
    ctx.save();
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(scratch, box.x, box.y, box.w, box.h);
    ctx.restore();
  }

  /** A rectangle outline or fill: style {stroke, fill, width, dash}. */
  rect(x, y, w, h, { stroke = null, fill = null, width = 1, dash = [] } = {}) {
    const { ctx } = this;
    ctx.save();
    ctx.setLineDash(dash);
    if (fill) {
      ctx.fillStyle = fill;
      ctx.fillRect(x, y, w, h);
    }
    if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.lineWidth = width;
      ctx.strokeRect(x, y, w, h);
    }
    ctx.restore();
  }

  /**
   * A box hatched "//" as matplotlib hatches: its fill, then diagonal lines rising to the right, `gap` pixels apart
   * on one grid across the figure (two hatched boxes side by side join up). Style {fill, colour, width, gap}.
   */
  hatch(x, y, w, h, { fill = null, colour = "black", width = 1, gap = 8 } = {}) {
    if (w <= 0 || h <= 0) return;
    if (fill) this.rect(x, y, w, h, { fill });
    const { ctx } = this;
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.beginPath();
    for (let c = Math.ceil((x + y) / gap) * gap; c <= x + y + w + h; c += gap) { // the lines x + y = c
      ctx.moveTo(c - y, y);
      ctx.lineTo(c - y - h, y + h);
    }
    ctx.stroke();
    ctx.restore();
  }

  /** A polyline through the points [[x, y], …]: style {colour, width, dash, alpha}. */
  line(points, { colour = "black", width = 2, dash = [], alpha = 1 } = {}) {
    const { ctx } = this;
    if (points.length < 2) return;
    ctx.save();
    ctx.globalAlpha = alpha;
    ctx.strokeStyle = colour;
    ctx.lineWidth = width;
    ctx.setLineDash(dash);
    ctx.lineJoin = "round";
    ctx.beginPath();
    ctx.moveTo(points[0][0], points[0][1]);
    for (const [x, y] of points.slice(1)) ctx.lineTo(x, y);
    ctx.stroke();
    ctx.restore();
  }

  /** A filled circle with an outline: style {fill, stroke, width, r}. */
  dot(x, y, { fill = ORANGE, stroke = "black", width = 1.5, r = 6 } = {}) {
    const { ctx } = this;
    ctx.save();
    ctx.beginPath();
    ctx.arc(x, y, r, 0, 2 * Math.PI);
    ctx.fillStyle = fill;
    ctx.fill();
    if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.lineWidth = width;
      ctx.stroke();
    }
    ctx.restore();
  }
}

/** A plot area of a Figure: data coordinates (xlim, ylim) mapped onto the box {x, y, w, h}. */
export class Axes {
  constructor(fig, box, xlim, ylim) {
    this.fig = fig;
    this.box = box;
    this.xlim = xlim;
    this.ylim = ylim;
  }

  x(v) {
    const [a, b] = this.xlim;
    return this.box.x + ((v - a) / (b - a)) * this.box.w;
  }

  y(v) {
    const [a, b] = this.ylim;
    return this.box.y + this.box.h - ((v - a) / (b - a)) * this.box.h;
  }

  /** The frame, light grid lines and tick labels at `xticks` and `yticks` (numbers, or [value, label] pairs). */
  frame(xticks = [], yticks = [], { grid = true, size = 12 } = {}) {
    const { fig, box } = this;
    const pairs = (ticks) => ticks.map((t) => (Array.isArray(t) ? t : [t, general(t, 4)]));
    for (const [v, label] of pairs(xticks)) {
      if (grid) fig.line([[this.x(v), box.y], [this.x(v), box.y + box.h]], { colour: "#DDDDDD", width: 1 });
      fig.text(label, this.x(v), box.y + box.h + size + 4, { size });
    }
    for (const [v, label] of pairs(yticks)) {
      if (grid) fig.line([[box.x, this.y(v)], [box.x + box.w, this.y(v)]], { colour: "#DDDDDD", width: 1 });
      fig.text(label, box.x - 6, this.y(v), { size, align: "right", baseline: "middle" });
    }
    fig.rect(box.x, box.y, box.w, box.h, { stroke: "#333333", width: 1 });
  }

  title(text, size = 16) {
    this.fig.text(text, this.box.x + this.box.w / 2, this.box.y - 10, { size });
  }

  xlabel(text, size = 14) {
    this.fig.text(text, this.box.x + this.box.w / 2, this.box.y + this.box.h + 2 * size + 12, { size });
  }

  ylabel(text, size = 14) {
    this.fig.text(text, this.box.x - 48, this.box.y + this.box.h / 2, { size, rotate: -Math.PI / 2 });
  }

  /** A curve through data points (xs[i], ys[i]), clipped to the box. */
  plot(xs, ys, style = {}) {
    const { ctx } = this.fig;
    ctx.save();
    ctx.beginPath();
    ctx.rect(this.box.x, this.box.y, this.box.w, this.box.h);
    ctx.clip();
    this.fig.line(Array.from(xs, (x, i) => [this.x(x), this.y(ys[i])]), style);
    ctx.restore();
  }
}

const STYLE = `
.nnlib-explorer { display: flex; flex-flow: row wrap; gap: 12px; align-items: flex-start; font-family: ${FONT}; }
.nnlib-explorer .nnlib-canvas { max-width: 100%; height: auto; }
.nnlib-panel { min-width: 340px; display: flex; flex-direction: column; gap: 4px; }
.nnlib-control { display: flex; align-items: center; gap: 8px; font-size: calc(13px * var(--nnlib-scale, 1)); }
.nnlib-control > .nnlib-label { width: calc(90px * var(--nnlib-scale, 1)); flex: none; text-align: right; }
.nnlib-control input[type=range] { width: calc(200px * var(--nnlib-scale, 1)); flex: none; }
.nnlib-control .nnlib-value { min-width: 4em; font-variant-numeric: tabular-nums; }
.nnlib-control select { font-size: inherit; }
.nnlib-control button { font-size: inherit; padding: 2px 10px; border: 1px solid #999; background: #EEE; cursor: pointer; }
.nnlib-control button[aria-pressed=true] { background: ${BLUE}; color: white; border-color: ${BLUE}; }
.nnlib-readout { margin-top: 8px; font-size: calc(1.25em * var(--nnlib-scale, 1)); line-height: 1.6; }
.nnlib-explorer :focus-visible { outline: 3px solid ${ORANGE}; outline-offset: 2px; }
`;

function addStyle(doc) {
  if (doc.getElementById("nnlib-explorer-style")) return;
  const style = doc.createElement("style");
  style.id = "nnlib-explorer-style";
  style.textContent = STYLE;
  doc.head.appendChild(style);
}

function decimals(step) {
  const text = String(step);
  return text.includes(".") ? text.split(".")[1].length : 0;
}

/** A value on a slider's grid: within [min, max], a whole number of steps from min, without float dust. */
function onGrid(spec, value) {
  const steps = Math.round((value - spec.min) / spec.step);
  const x = Math.min(spec.max, Math.max(spec.min, spec.min + steps * spec.step));
  return Number(x.toFixed(decimals(spec.step)));
}

/** One control's elements; `set(value)` shows a value, `changed(value)` is called when the learner moves it. */
function makeControl(spec, changed) {
  const row = document.createElement("div");
  row.className = "nnlib-control";
  row.dataset.name = spec.name;
  const label = document.createElement("label");
  label.className = "nnlib-label";
  label.textContent = spec.label;
  row.appendChild(label);
  if (spec.kind === "slider" || spec.kind === "int") {
    const input = document.createElement("input");
    input.type = "range";
    Object.assign(input, { min: spec.min, max: spec.max, step: spec.step });
    input.setAttribute("aria-label", spec.label);
    const shown = document.createElement("span");
    shown.className = "nnlib-value";
    const show = (v) => {
      input.value = v;
      shown.textContent = spec.kind === "int" ? String(v) : fixed(v, spec.digits ?? 2);
    };
    const move = (v) => {
      const value = onGrid(spec, v);
      show(value);
      changed(value);
    };
    input.addEventListener("input", () => move(Number(input.value)));
    // The notebook around an output takes arrow keys for itself: the slider answers them here, first.
    input.addEventListener("keydown", (event) => {
      const big = Math.max(spec.step, (spec.max - spec.min) / 10);
      const delta = { ArrowRight: spec.step, ArrowUp: spec.step, ArrowLeft: -spec.step, ArrowDown: -spec.step,
        PageUp: big, PageDown: -big }[event.key];
      const jump = { Home: spec.min, End: spec.max }[event.key];
      if (delta === undefined && jump === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      move(jump ?? Number(input.value) + delta);
    });
    label.htmlFor = input.id = `nnlib-${spec.name}-${Math.random().toString(36).slice(2)}`;
    row.append(input, shown);
    return { row, set: show };
  }
  if (spec.kind === "select") {
    const select = document.createElement("select");
    for (const [text, value] of spec.options) select.add(new Option(text, JSON.stringify(value)));
    select.addEventListener("change", () => changed(JSON.parse(select.value)));
    select.addEventListener("keydown", (event) => event.stopPropagation());
    label.htmlFor = select.id = `nnlib-${spec.name}-${Math.random().toString(36).slice(2)}`;
    row.appendChild(select);
    return { row, set: (v) => { select.value = JSON.stringify(v); } };
  }
  // "toggle": a row of buttons, one pressed
  const group = document.createElement("span");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", spec.label);
  const buttons = spec.options.map(([text, value]) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = text;
    button.addEventListener("click", () => changed(value));
    button.addEventListener("keydown", (event) => event.stopPropagation());
    group.appendChild(button);
    return [button, value];
  });
  row.appendChild(group);
  return { row, set: (v) => buttons.forEach(([b, value]) => b.setAttribute("aria-pressed", String(value === v))) };
}

/**
 * Build an explorer into `el` and keep it live. Options:
 *   width, height: the figure's size in CSS pixels (before projector scaling)
 *   draw(fig, values, data, texts) -> readout rows (HTML strings): draws the figure for `values`
 *   react(name, values, data): optional; a control moved in the browser may set other values (a preset fills
 *     a kernel's sliders), as the explorer's Python side does for values set from Python
 *   access: optional {name: {get(values), set(values, x)}} for controls that show part of a larger value
 * Returns a function that removes what it added (anywidget calls it when the view goes).
 */
export function mount(model, el, { width, height, draw, react = () => {}, access = {} }) {
  addStyle(el.ownerDocument);
  const projector = Boolean(model.get("projector"));
  const root = document.createElement("div");
  root.className = "nnlib-explorer";
  root.style.setProperty("--nnlib-scale", projector ? String(CONTROL_SCALE) : "1");
  if (projector) root.classList.add("nnlib-projector");
  const fig = new Figure(width, height, projector ? FIGURE_SCALE : 1);
  const panel = document.createElement("div");
  panel.className = "nnlib-panel";
  const readout = document.createElement("div");
  readout.className = "nnlib-readout";
  readout.setAttribute("aria-live", "polite");
  const data = decode(model.get("data"));
  const texts = model.get("texts");
  let values = { ...model.get("values") };
  const get = (name) => (access[name] ? access[name].get(values) : values[name]);
  const controls = model.get("spec").map((spec) => {
    const control = makeControl(spec, (value) => {
      values = { ...values };
      if (access[spec.name]) access[spec.name].set(values, value);
      else values[spec.name] = value;
      react(spec.name, values, data);
      schedule(true);
    });
    panel.appendChild(control.row);
    return [spec.name, control];
  });
  panel.appendChild(readout);
  root.append(fig.canvas, panel);
  el.appendChild(root);

  let frame = null;
  let tellKernel = false;
  let telling = false; // our own model.set: not a change from the kernel
  let painted = -Infinity; // when the last drawing ended
  function paint() {
    if (frame !== null) cancelAnimationFrame(frame);
    frame = null;
    for (const [name, control] of controls) control.set(get(name));
    try {
      fig.clear();
      readout.innerHTML = draw(fig, values, data, texts).join("<br>");
    } catch (error) {
      readout.textContent = format(texts.redraw_failed || "{error}", { error: `${error.name}: ${error.message}` });
    }
    root.dataset.drawn = String(Number(root.dataset.drawn || 0) + 1); // for tests: a new picture is on screen
    painted = performance.now();
    if (tellKernel) {
      tellKernel = false;
      setTimeout(tell, 0); // after the drawing, in a task of its own: the picture never waits for the message
    }
  }
  function tell() {
    telling = true;
    model.set("values", values);
    telling = false;
    model.save_changes();
  }
  // A move after a pause (nothing drawn for a frame) is drawn at once, inside its input event, so that the next
  // frame shows it; moves that come faster (a drag) are drawn once per frame, the latest values only: no backlog.
  function schedule(fromHere = false) {
    tellKernel = tellKernel || fromHere;
    if (frame !== null) return;
    if (fromHere && performance.now() - painted > 1000 / 60) paint();
    else frame = requestAnimationFrame(paint);
  }
  const fromKernel = () => {
    if (telling) return;
    values = { ...model.get("values") };
    schedule();
  };
  model.on("change:values", fromKernel);
  paint();
  loadFont(model.get("font")).then(() => schedule(), () => {}); // drawn again in the explorers' own font
  return () => {
    model.off("change:values", fromKernel);
    if (frame !== null) cancelAnimationFrame(frame);
    root.remove();
  };
}
