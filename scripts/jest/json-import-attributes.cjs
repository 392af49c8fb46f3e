// A jest transform for @actions/workflow-parser's two schema modules: they import their JSON
// without `with { type: 'json' }` (their bundler allows it; Node refuses it and jest warns it will
// refuse it in its next major). It adds the attribute, as scripts/demo.ts's load hook does for Node.
const JSON_IMPORT = /^(import \w+ from (["'])[^"']+\.json\2)\s*;?$/gm;

/* global module */
module.exports = {
  process(source) {
    return { code: source.replace(JSON_IMPORT, '$1 with { type: "json" };') };
  },
};
