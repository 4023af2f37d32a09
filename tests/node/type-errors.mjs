// What TypeScript says of a consumer's file, with the settings a bundler-based project would use: the package tests
// compile a consumer against the types the package ships (from dist/lib, and from an installed tarball).
import ts from 'typescript';

/** Every type error in `file`, as text; an empty list when it compiles. */
export function typeErrorsOf(file) {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ES2022,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
}
