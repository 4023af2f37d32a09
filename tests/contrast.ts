/**
 * WCAG 2.2 contrast, measured from computed colours the way a reader sees them: the text (or outline) colour against
 * the colour actually painted behind it, found by walking up the flat tree (slots and shadow hosts included) and
 * blending semi-transparent layers, down to the page's canvas.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio and #dfn-relative-luminance
 */
type Rgba = [number, number, number, number];

/** Any CSS colour the browser computed (rgb(), color(srgb ...), oklch(), ...) as sRGB 0-255 and alpha 0-1. */
function rgba(color: string, document: Document): Rgba {
  const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!, a! / 255];
}

const over = ([r, g, b, a]: Rgba, [br, bg, bb]: Rgba): Rgba => [
  r * a + br * (1 - a),
  g * a + bg * (1 - a),
  b * a + bb * (1 - a),
  1,
];

export function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export const contrastRatio = (a: Rgba, b: Rgba): number => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

const flatTreeParent = (element: Element): Element | null =>
  element.assignedSlot ?? element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/** The colour painted behind `element`: its own and its ancestors' backgrounds over the page's canvas. */
export function backgroundBehind(element: Element): Rgba {
  const document = element.ownerDocument;
  const view = document.defaultView!;
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = flatTreeParent(node)) {
    const layer = rgba(view.getComputedStyle(node).backgroundColor, document);
    if (layer[3] > 0) layers.push(layer);
    if (layer[3] >= 1) break;
  }
  // The canvas under everything: the system Canvas colour in the root's colour scheme (light unless declared).
  const probe = document.createElement('div');
  probe.style.backgroundColor = 'Canvas';
  document.documentElement.append(probe);
  const canvas = rgba(view.getComputedStyle(probe).backgroundColor, document);
  probe.remove();
  return layers.reduceRight((below, layer) => over(layer, below), canvas);
}

/** Contrast of `element`'s text colour against what is behind it. */
export function textContrast(element: Element): number {
  const background = backgroundBehind(element);
  const color = rgba(element.ownerDocument.defaultView!.getComputedStyle(element).color, element.ownerDocument);
  return contrastRatio(over(color, background), background);
}

/** Contrast of `element`'s outline (a focus ring) against what is behind the element. */
export function outlineContrast(element: Element): number {
  const background = backgroundBehind(element);
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  return contrastRatio(over(rgba(style.outlineColor, element.ownerDocument), background), background);
}
