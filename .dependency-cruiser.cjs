/**
 * The arrows of ImmunoDeck's architecture, checked by `npm run lint:deps` (part of `npm run lint`
 * and `npm run test:all`). Shells (cli, server, electron, renderer) → service → core; contract is a
 * neutral root the shells and the service share. Inside core each stage imports only the stages
 * before it: load → validate → model → render → export → quality → job.
 */
const STAGES = ['load', 'validate', 'model', 'render', 'export', 'quality', 'job'];

/** For each core stage, a rule forbidding imports of any later stage. */
const stageRules = STAGES.map((stage, i) => ({
  name: `core-${stage}-looks-back-only`,
  comment: `core/${stage} may import only earlier stages (${STAGES.slice(0, i).join(', ') || 'none'}) and core's leaf modules`,
  severity: 'error',
  from: { path: `^core/${stage}/` },
  to: { path: `^core/(${STAGES.slice(i + 1).join('|') || 'NONE'})/` },
})).filter((r) => !r.to.path.includes('NONE'));

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'A cycle makes two modules one: split the shared part into its own module.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    ...stageRules,
    {
      name: 'core-leaves-import-no-stage',
      comment: 'core/options, errors, result, confine, paths and the i18n catalogues are leaves every stage may use: they import no stage.',
      severity: 'error',
      from: { path: '^core/((options|errors|result|confine|paths)\\.ts$|i18n/)' },
      to: { path: '^core/[a-z-]+/' },
    },
    {
      name: 'core-is-pure',
      comment: 'core/ is a library: no shell, service, contract or Electron import.',
      severity: 'error',
      from: { path: '^core/' },
      to: { path: '^(cli|server|service|electron|renderer|contract)/|^electron$|node_modules/electron/' },
    },
    {
      name: 'contract-is-neutral',
      comment: 'contract/ derives from core only; shells and the service import it, never the reverse.',
      severity: 'error',
      from: { path: '^contract/' },
      to: { path: '^(cli|server|service|electron|renderer)/' },
    },
    {
      name: 'service-below-shells',
      comment: 'service/ is used by the shells; it never imports one.',
      severity: 'error',
      from: { path: '^service/' },
      to: { path: '^(cli|server|electron|renderer)/' },
    },
    {
      name: 'shells-do-not-import-each-other',
      comment: 'cli, server, electron and renderer are separate shells (cli may start the server for `serve`).',
      severity: 'error',
      from: { path: '^(server|electron|renderer)/' },
      to: { path: '^(cli|server|electron|renderer)/', pathNot: '^$1/' },
    },
    {
      name: 'renderer-runs-in-the-page',
      comment:
        'renderer/ is bundled for the browser: it may import types from contract and pure modules, never service, server or electron.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(service|server|electron|cli)/' },
    },
    {
      name: 'nothing-ships-imports-tests-or-bench',
      severity: 'error',
      from: { path: '^(core|cli|server|service|electron|renderer|contract)/' },
      to: { path: '^(tests|bench|scripts)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|out|release|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
