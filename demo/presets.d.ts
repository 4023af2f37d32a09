export interface Preset {
  label: string;
  /** Custom property name -> value. */
  properties: Record<string, string>;
}

export declare const presets: Record<string, Preset>;
