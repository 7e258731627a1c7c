/**
 * The architecture, checked on every CI run (`npm run lint:deps`, part of `npm run lint`):
 * - pure rules in src/domain (no Payload, Next or React, nothing else of ours);
 * - shared infrastructure in src/infrastructure, used by both sides, importing neither;
 * - the reservation plugin imports only Payload and packages, its own files, the domain and the
 *   infrastructure (plus the generated types, as types only);
 * - everything else reaches the plugin through its one public entry, src/plugins/reservations/index.ts;
 * - no import cycles anywhere.
 */
const PLUGIN = '^src/plugins/reservations/'
const TYPES = '^src/payload-types\\.ts$'

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle means a piece of code sits in the wrong file: move it so the dependency runs one way.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'plugin-stays-inside',
      comment: 'The plugin may import only payload and packages, its own files, src/domain and src/infrastructure.',
      severity: 'error',
      from: { path: PLUGIN },
      to: { path: '^src/', pathNot: [PLUGIN, '^src/domain/', '^src/infrastructure/', TYPES] },
    },
    {
      name: 'plugin-types-only',
      comment: 'The generated payload-types may be imported by the plugin as types, never as values.',
      severity: 'error',
      from: { path: PLUGIN },
      to: { path: TYPES, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'plugin-through-its-entry',
      comment: 'Outside the plugin, import it from src/plugins/reservations (index.ts), never its internals.',
      severity: 'error',
      // Payload's generated import map names the plugin's admin components by path, as configured.
      from: { pathNot: [PLUGIN, '^src/app/\\(payload\\)/admin/importMap\\.js$', '^tests/'] },
      to: { path: PLUGIN, pathNot: `${PLUGIN}index\\.ts$` },
    },
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds pure rules: no Payload, Next, React or other code of ours, only small pure libraries.',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: {
        pathNot: ['^src/domain/', '^node_modules/(zod|date-fns|date-fns-tz|libphonenumber-js|ical-generator)/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'infrastructure-imports-no-side',
      comment: 'src/infrastructure is shared by the host and the plugin: it may use the domain, never either side.',
      severity: 'error',
      from: { path: '^src/infrastructure/' },
      to: { path: '^src/', pathNot: ['^src/infrastructure/', '^src/domain/', TYPES] },
    },
    {
      name: 'no-unresolvable',
      comment: 'An import that does not resolve would hide a dependency from the rules above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^\\.next/', '(^|/)importMap\\.js$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
