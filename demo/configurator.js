// The configurator: form settings -> the live preview's attributes and custom properties -> a copyable snippet.
// A separate file (no inline script) so the page works under the demo server's strict Content Security Policy.
import {presets} from './presets.js';
import {OWN_NAMES} from '../dist/lib/i18n/locale-names.js';

const form = document.getElementById('controls');
const preview = document.getElementById('preview');
const previewFrame = document.getElementById('preview-frame');
const snippet = document.getElementById('snippet');
const copyStatus = document.getElementById('copy-status');

const DEFAULT_DARK = {accent: '#8ab4f8'};

for (const [code, name] of Object.entries(OWN_NAMES)) form.lang.add(new Option(`${name} (${code})`, code));
for (const [key, preset] of Object.entries(presets)) form.preset.add(new Option(preset.label, key));

/** The custom properties the settings ask for, by name. */
function customProperties() {
  const preset = presets[form.preset.value]?.properties ?? {};
  const properties = {...preset};
  if (form.elements['accent-light'].dataset.touched || form.elements['accent-dark'].dataset.touched) {
    const value = `light-dark(${form.elements['accent-light'].value}, ${form.elements['accent-dark'].value})`;
    properties['--ketamine-explainer-accent-color'] = value;
    properties['--ketamine-explainer-focus-ring-color'] = value;
  }
  if (!form.elements['panel-transparent'].checked) {
    properties['--ketamine-explainer-panel-background'] = `light-dark(${form.elements['panel-light'].value}, #1f242b)`;
  }
  if (form.font.value) properties['--ketamine-explainer-font-family'] = form.font.value;
  if (form.radius.dataset.touched) properties['--ketamine-explainer-radius'] = `${form.radius.value}em`;
  return properties;
}

/** The element's attributes the settings ask for, by name ('' for boolean attributes). */
function attributes() {
  const result = {};
  if (form.elements['heading-level'].value !== '2') result['heading-level'] = form.elements['heading-level'].value;
  if (form.elements['color-scheme'].value !== 'auto') result['color-scheme'] = form.elements['color-scheme'].value;
  if (form.lang.value) result.lang = form.lang.value;
  if (form.elements['language-picker'].checked) result['language-picker'] = '';
  if (form.remember.checked) result.remember = '';
  for (const name of ['crisis-call', 'crisis-text', 'emergency-call']) {
    const value = form.elements[name].value.trim();
    if (value) result[name] = value;
  }
  return result;
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const properties = customProperties();
  const wanted = attributes();
  preview.removeAttribute('style');
  for (const [name, value] of Object.entries(properties)) preview.style.setProperty(name, value);
  for (const {name} of [...preview.attributes]) if (name !== 'id' && !(name in wanted)) preview.removeAttribute(name);
  for (const [name, value] of Object.entries(wanted)) preview.setAttribute(name, value);
  previewFrame.classList.toggle('dark', wanted['color-scheme'] === 'dark');

  const attributeText = Object.entries(wanted)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const css = Object.entries(properties)
    .map(([name, value]) => `    ${name}: ${value};`)
    .join('\n');
  snippet.textContent = [
    // As the README's embed: blocking="render" shows the widget in the page's first paint, so nothing below it jumps.
    '<script type="module" src="https://YOUR-SITE/ketamine-explainer/ketamine-explainer.js" blocking="render"></script>',
    `<ketamine-explainer${attributeText}></ketamine-explainer>`,
    ...(css ? ['', '<!-- In your stylesheet: -->', '<style>', '  ketamine-explainer {', css, '  }', '</style>'] : []),
  ].join('\n');
}

form.addEventListener('input', (event) => {
  event.target.dataset.touched = 'true';
  if (event.target === form.preset) {
    for (const field of [form.elements['accent-light'], form.elements['accent-dark'], form.radius]) {
      delete field.dataset.touched;
    }
    form.elements['accent-dark'].value = DEFAULT_DARK.accent;
  }
  update();
});
form.addEventListener('submit', (event) => event.preventDefault());

document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.textContent);
    copyStatus.textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(snippet);
    copyStatus.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

update();
