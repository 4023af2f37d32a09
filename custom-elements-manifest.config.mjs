// `npm run analyze`: custom-elements.json from the class JSDoc.
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
  ],
};
