// needs: digit_layers.js
// Notebook 04's digit explorer: one digit of the test set through every layer of the trained network (the input,
// each hidden layer as a column of cells, the outputs as bars: the answer blue, the label's bar outlined orange).
// Python: digit_explorer in nnlib/widgets/digits.py (the same picture in matplotlib, for the stored picture).
// data: net (W, b, sizes, hidden, output), untrained, images (uint8, the first 300 at most), labels, layout.
import { LAYERS_HEIGHT, LAYERS_WIDTH, drawLayers, layersOf, layersReport } from "./digit_layers.js";
import { format, mount } from "./base.js";

function draw(fig, v, data, texts) {
  const pixels = data.images.subarray(784 * v.index, 784 * (v.index + 1));
  const label = data.labels[v.index];
  const activations = layersOf(data.net, pixels);
  const answer = drawLayers(fig, data.layout, pixels, activations, label, texts);
  const out = activations[activations.length - 1];
  fig.canvas.setAttribute("aria-label", format(texts.answer_is, { digit: answer }));
  return layersReport(out, answer, label, data.untrained, texts);
}

function render({ model, el }) {
  return mount(model, el, { width: LAYERS_WIDTH, height: LAYERS_HEIGHT, draw });
}

export default { render };
