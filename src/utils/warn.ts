const alreadyWarned = new Set<string>();

/**
 * One console warning per distinct problem per page, so that a bad attribute on 100 instances, or a value that a
 * single-page app sets again and again, does not flood the console of the clinic's web person.
 */
export function warnOnce(message: string): void {
  if (alreadyWarned.has(message)) return;
  alreadyWarned.add(message);
  console.warn(`<ketamine-explainer>: ${message}`);
}

/** Attribute values can be huge or hostile: only a short, quoted excerpt goes into a warning. */
export function quote(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
