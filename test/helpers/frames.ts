// A hostile page's furniture: a sandboxed frame named like a global (then `window[name]` is a
// cross-origin window, as an ad or a tag manager's frame can make it).

/** Appends a sandboxed `<iframe name>` and resolves once it has loaded; the caller removes it. */
export async function sandboxedFrameNamed(name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.name = name;
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.srcdoc = '<p>ad</p>';
  const loaded = new Promise((done) => (frame.onload = done));
  document.body.append(frame);
  await loaded;
  return frame;
}
