/**
 * Renders an inline SVG element to a PNG data URL at the size it has on screen (times the device
 * pixel ratio). The SVG must carry its colours as attributes, not as CSS from the page.
 *
 * An SVG drawn as an image cannot use the page's fonts, so its <text> is left out of the image and
 * written onto the canvas afterwards, where the page's (local) Noto fonts apply and Arabic is shaped.
 */
export async function svgToPngDataUrl(svg: SVGSVGElement, labels?: SVGSVGElement | null): Promise<string> {
  const box = svg.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('width', String(Math.round(box.width)));
  copy.setAttribute('height', String(Math.round(box.height)));
  for (const text of copy.querySelectorAll('text')) text.remove();
  const markup = new XMLSerializer().serializeToString(copy);
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(box.width * scale);
  canvas.height = Math.round(box.height * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the map on');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  drawTexts(svg, context, box, scale);
  if (labels) drawTexts(labels, context, box, scale);
  return canvas.toDataURL('image/png');
}

/** Writes the <text> of `svg` onto the canvas of the map whose screen box is `box`. */
function drawTexts(svg: SVGSVGElement, context: CanvasRenderingContext2D, box: DOMRect, scale: number): void {
  const matrix = svg.getScreenCTM();
  if (!matrix) return;
  for (const text of svg.querySelectorAll('text')) {
    const style = getComputedStyle(text);
    const at = new DOMPoint(Number(text.getAttribute('x')), Number(text.getAttribute('y'))).matrixTransform(matrix);
    const size = parseFloat(style.fontSize) * matrix.a * scale;
    context.font = `${size}px ${style.fontFamily}`;
    context.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    context.textAlign = 'center';
    context.textBaseline = 'middle';
    context.lineJoin = 'round';
    context.lineWidth = parseFloat(style.strokeWidth) * matrix.a * scale * 2;
    context.strokeStyle = style.stroke;
    context.fillStyle = style.fill;
    const x = (at.x - box.left) * scale;
    const y = (at.y - box.top) * scale;
    context.strokeText(text.textContent ?? '', x, y);
    context.fillText(text.textContent ?? '', x, y);
  }
}
