/** Our events bubble and cross shadow roots, so a clinic's analytics can listen on `document`. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  target.dispatchEvent(new CustomEvent<T>(type, {detail, bubbles: true, composed: true}));
}
