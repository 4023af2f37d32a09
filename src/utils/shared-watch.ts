/**
 * One watcher of the page shared by every connected explainer (an observer, a media query listener), which exists
 * only while at least one explainer listens, so that 100 instances cost one observer and a removed widget leaves
 * nothing behind.
 */
type Listener = () => void;

export function sharedWatch(start: (notify: Listener) => () => void) {
  const listeners = new Set<Listener>();
  let stop: (() => void) | undefined;
  return {
    watch(listener: Listener): void {
      listeners.add(listener);
      stop ??= start(() => listeners.forEach((notify) => notify()));
    },
    unwatch(listener: Listener): void {
      listeners.delete(listener);
      if (listeners.size === 0) {
        stop?.();
        stop = undefined;
      }
    },
  };
}
