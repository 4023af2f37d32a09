// `npm run analyze`: custom-elements.json from the class JSDoc.
import {readdirSync, readFileSync} from 'node:fs';

/**
 * The analyzer writes a default given by a constant (`headingLevel = DEFAULT_HEADING_LEVEL`) as the constant's name;
 * IDEs and the README show clinics the value, so it is looked up where src/ declares it.
 */
function constantValue(name) {
  const declaration = new RegExp(`^export const ${name} = (.+);$`, 'm');
  for (const file of readdirSync('src', {recursive: true}).filter((path) => path.endsWith('.ts'))) {
    const match = readFileSync(`src/${file}`, 'utf8').match(declaration);
    if (match) return match[1];
  }
  throw new Error(`custom-elements.json: the default ${name} is declared nowhere in src/`);
}
export default {
  globs: ['src/element/ketamine-explainer.ts'],
  litelement: true,
  plugins: [
    {
      // The analyzer reads every entry of `static properties` as an attribute, the private `{state: true}` ones too.
      name: 'private-state-is-not-an-attribute',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const privateFields = new Set(
              (declaration.members ?? []).filter(({privacy}) => privacy === 'private').map(({name}) => name),
            );
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter(({fieldName}) => !privateFields.has(fieldName));
            }
          }
        }
      },
    },
    {
      name: 'defaults-as-values',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
              if (/^[A-Z][A-Z0-9_]*$/.test(item.default ?? '')) item.default = constantValue(item.default);
            }
          }
        }
      },
    },
  ],
};
