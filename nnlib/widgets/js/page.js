// The static pages' runtime (scripts/build_site.py): every explorer on the page moves without a kernel.
//
// The build leaves, for each explorer output, a container
//   <div class="nnlib-static" data-kind="K">
//     <script type="application/json" class="nnlib-state">{kind, spec, values, data, texts, projector}</script>
//     <div class="nnlib-live"></div>
//     <img class="nnlib-picture" src="data:image/png;base64,…">
//   </div>
// and, once per page and kind, the explorer's module (nnlib.widgets.base.esm(K)) as a JSON string in
// <script type="application/json" id="nnlib-esm-K"> (and, on a Chinese page, the explorers' font in
// <script type="application/json" id="nnlib-font">). A module is imported from a Blob URL (a file:// page may not
// load a module from a file next to it), then `default.render({ model, el })` runs with a model of our own over
// the stored state. The picture stays for print and for when the explorer cannot start (no JavaScript, no
// module for its kind yet, an error): the page's CSS shows it unless the container is marked "nnlib-alive".

const modules = new Map();

/** The explorer module of `kind`, imported once per page. */
function moduleOf(kind) {
  if (!modules.has(kind)) {
    const source = document.getElementById(`nnlib-esm-${kind}`);
    if (source === null) {
      modules.set(kind, Promise.reject(new Error(`no module for the explorer "${kind}" in this page`)));
    } else {
      const text = JSON.parse(source.textContent);
      const url = URL.createObjectURL(new Blob([text], { type: "text/javascript" }));
      modules.set(kind, import(url).finally(() => URL.revokeObjectURL(url)));
    }
  }
  return modules.get(kind);
}

// The explorers' Chinese font (base64), once per Chinese page; each explorer's model offers it as "font".
const fontElement = document.getElementById("nnlib-font");
const font = fontElement === null ? "" : JSON.parse(fontElement.textContent);

/** What anywidget's model offers an explorer (get, set, on, off, save_changes), over the stored state: values
 * set stay in the page; set(name, …) tells the "change:name" listeners at once, as anywidget's model does. */
function staticModel(state) {
  const attributes = { font, ...state };
  const listeners = new Map();
  return {
    get: (name) => attributes[name],
    set(name, value) {
      attributes[name] = value;
      for (const fn of [...(listeners.get(`change:${name}`) ?? [])]) fn(value);
    },
    on(event, fn) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(fn);
    },
    off(event, fn) {
      if (fn === undefined) listeners.delete(event);
      else listeners.get(event)?.delete(fn);
    },
    save_changes() {},
  };
}

/** Start the explorer of one container; on any failure, warn and leave its picture. */
async function start(container) {
  const live = container.querySelector(".nnlib-live");
  let kind = container.dataset.kind;
  try {
    const state = JSON.parse(container.querySelector("script.nnlib-state").textContent);
    kind = state.kind;
    const module = await moduleOf(kind);
    await module.default.render({ model: staticModel(state), el: live });
    container.classList.add("nnlib-alive");
  } catch (error) {
    live.replaceChildren();
    console.warn(`nnlib: the explorer "${kind}" shows its stored picture (${error.message})`);
  }
}

for (const container of document.querySelectorAll(".nnlib-static")) start(container);
