// The math an explorer shows, mirrored from nnlib so that a picture can follow the hand without a kernel.
// Python (nnlib) stays the one home of this math: tests/browser/test_mirror.py feeds the same inputs to these
// functions and to nnlib and compares every number. Shapes follow nnlib: a layer is z = a W + b with W of shape
// (n_in, n_out), stored row by row in a flat array.

/** σ(z) = 1 / (1 + e^(−z)), written as nnlib.activations.sigmoid: e^x only of x ≤ 0. */
export function sigmoid(z) {
  const e = Math.exp(-Math.abs(z));
  const s = 1 / (1 + e);
  return z >= 0 ? s : e * s;
}

/** ReLU(z) = max(0, z). */
export function relu(z) {
  return z > 0 ? z : 0;
}

/**
 * σ(z) as nnlib's Network computes it while it trains and predicts (nnlib.activations.sigmoid_fast):
 * ½·(1 + tanh(z/2)), the same function as sigmoid, rounded the way the network's own numbers are.
 */
export function sigmoidFast(z) {
  return 0.5 * (1 + Math.tanh(z * 0.5));
}

/** The activation named as in nnlib ("sigmoid" or "relu"). */
export function activation(name) {
  return name === "relu" ? relu : sigmoid;
}

/** One neuron: z = Σ wᵢ aᵢ + b and its activation f(z); returns [z, f(z)]. */
export function neuron(a, w, b, f = sigmoid) {
  let z = 0;
  for (let i = 0; i < a.length; i += 1) z += w[i] * a[i];
  z += b;
  return [z, f(z)];
}

/** A layer: z = a W + b, a′ = f(z), for one input a (n_in,), W (n_in, n_out) flat row by row, b (n_out,). */
export function dense(a, W, b, f = sigmoid) {
  const nOut = b.length;
  const z = new Float64Array(nOut);
  for (let j = 0; j < nOut; j += 1) z[j] = b[j];
  for (let i = 0; i < a.length; i += 1) {
    const ai = a[i];
    if (ai === 0) continue;
    const row = i * nOut;
    for (let j = 0; j < nOut; j += 1) z[j] += ai * W[row + j];
  }
  return [z, z.map(f)];
}

/**
 * The forward pass of an nnlib Network for one input x (784,): every layer's activations [x, a1, …, out].
 * net = {W: [flat arrays], b: [arrays], sizes: [784, …, 10], hidden: "sigmoid"|"relu", output: "sigmoid"|"softmax"}
 */
export function forward(net, x) {
  const activations = [Float64Array.from(x)];
  const last = net.W.length - 1;
  for (let k = 0; k <= last; k += 1) {
    const a = activations[activations.length - 1];
    if (k < last) {
      activations.push(dense(a, net.W[k], net.b[k], net.hidden === "relu" ? relu : sigmoidFast)[1]);
    } else if (net.output === "softmax") {
      activations.push(softmax(dense(a, net.W[k], net.b[k], (z) => z)[0]));
    } else {
      activations.push(dense(a, net.W[k], net.b[k], sigmoidFast)[1]);
    }
  }
  return activations;
}

/** softmax(z) = e^(z − max z) / Σ e^(z − max z), as nnlib.activations.softmax. */
export function softmax(z) {
  let top = -Infinity;
  for (const v of z) top = Math.max(top, v);
  const e = z.map((v) => Math.exp(v - top));
  let total = 0;
  for (const v of e) total += v;
  return e.map((v) => v / total);
}

/** The index of the largest value (the first one on a tie, as numpy's argmax). */
export function argmax(values) {
  let best = 0;
  for (let i = 1; i < values.length; i += 1) if (values[i] > values[best]) best = i;
  return best;
}

/** 'valid' 3 × 3 (any k × k) cross-correlation of an image (h, w) with K (k, k), both flat: the (h−k+1, w−k+1) map. */
export function conv2d(image, h, w, K, k = 3) {
  const oh = h - k + 1;
  const ow = w - k + 1;
  const out = new Float64Array(oh * ow);
  for (let r = 0; r < oh; r += 1) {
    for (let c = 0; c < ow; c += 1) {
      let s = 0;
      for (let i = 0; i < k; i += 1) for (let j = 0; j < k; j += 1) s += K[i * k + j] * image[(r + i) * w + c + j];
      out[r * ow + c] = s;
    }
  }
  return out;
}

/** size × size max-pooling of a map (h, w), flat: the (h/size, w/size) map of each block's largest value. */
export function maxPool2d(map, h, w, size = 2) {
  const oh = Math.floor(h / size);
  const ow = Math.floor(w / size);
  const out = new Float64Array(oh * ow);
  for (let r = 0; r < oh; r += 1) {
    for (let c = 0; c < ow; c += 1) {
      let m = -Infinity;
      for (let i = 0; i < size; i += 1) for (let j = 0; j < size; j += 1) m = Math.max(m, map[(r * size + i) * w + c * size + j]);
      out[r * ow + c] = m;
    }
  }
  return out;
}
