export interface Example {
  label: string;
  /** Attribute name -> value ('' for a boolean attribute). */
  attributes: Record<string, string>;
  /** The clinic's own markup inside the element: sections, slotted content. */
  markup?: string;
  /** Custom property name -> value. */
  properties?: Record<string, string>;
}

export declare const examples: Record<string, Example>;
