// Loaded first by every end-to-end host page (a file, not inline, so that strict CSP allows it). Records what the
// widget does to the page, for the tests to read as `window.__record`.
(() => {
  const record = {
    violations: [],
    warnings: [],
    errors: [],
    rejections: [],
    dialogs: 0,
    storageWrites: [],
    cookieWrites: 0,
    networkCalls: [],
    globalListeners: new Map(),
    activeObservers: new Set(),
    pendingTimers: new Set(),
  };
  window.__record = record;
  document.addEventListener('securitypolicyviolation', (event) =>
    record.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  window.addEventListener('error', (event) => record.errors.push(String(event.message)));
  window.addEventListener('unhandledrejection', (event) => record.rejections.push(String(event.reason)));
  const warn = console.warn;
  console.warn = (...args) => {
    record.warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  for (const name of ['alert', 'confirm', 'prompt']) {
    window[name] = () => {
      record.dialogs++;
    };
  }
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    record.storageWrites.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}:${key}`);
    return setItem.call(this, key, value);
  };
  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    get: () => cookie.get.call(document),
    set: (value) => {
      record.cookieWrites++;
      cookie.set.call(document, value);
    },
  });

  // Requests made by script (chunk loads by import() show in the resource timing entries instead).
  const fetch = window.fetch;
  window.fetch = (...args) => {
    record.networkCalls.push(`fetch ${String(args[0])}`);
    return fetch(...args);
  };
  const open = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    record.networkCalls.push(`xhr ${url}`);
    return open.call(this, method, url, ...rest);
  };
  navigator.sendBeacon = (url) => {
    record.networkCalls.push(`beacon ${url}`);
    return true;
  };
  const WebSocketClass = window.WebSocket;
  window.WebSocket = function (url) {
    record.networkCalls.push(`websocket ${url}`);
    return new WebSocketClass(url);
  };

  // What could outlive a removed widget: listeners on window and document, observers, timers.
  const key = (target, type, listener) =>
    `${target === window ? 'window' : 'document'} ${type} ${(listener.__id ??= Math.random())}`;
  for (const target of [window, document]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type, listener, options) {
      if (listener) record.globalListeners.set(key(target, type, listener), type);
      return add.call(this, type, listener, options);
    };
    target.removeEventListener = function (type, listener, options) {
      if (listener) record.globalListeners.delete(key(target, type, listener));
      return remove.call(this, type, listener, options);
    };
  }
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  MutationObserver.prototype.observe = function (...args) {
    record.activeObservers.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function () {
    record.activeObservers.delete(this);
    return disconnect.call(this);
  };
  const setTimeout = window.setTimeout;
  const clearTimeout = window.clearTimeout;
  window.setTimeout = (callback, delay, ...args) => {
    const id = setTimeout(
      (...callArgs) => {
        record.pendingTimers.delete(id);
        if (typeof callback === 'function') callback(...callArgs);
      },
      delay,
      ...args,
    );
    record.pendingTimers.add(id);
    return id;
  };
  window.clearTimeout = (id) => {
    record.pendingTimers.delete(id);
    clearTimeout(id);
  };
})();
